package org.guidepost.content.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.guidepost.content.ContentLoader;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.markdown.MarkdownPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Items collected from the sample site, and definitions resolved by id, topic, frequency, article, sections and order. */
class ChecklistResolutionTest {

    static Site site;
    static ChecklistItems items;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        Diagnostics diagnostics = new Diagnostics();
        site = new ContentLoader(new MarkdownPipeline()).load(Path.of("").toAbsolutePath(), diagnostics).orElseThrow();
        items = ChecklistItems.of(site);
    }

    @Test
    void collectsEveryItemOfBothLanguagesWithTheSameIds() {
        assertEquals(26, items.in("en").size());
        assertEquals(26, items.in("vi").size());
        assertEquals(items.in("en").stream().map(ChecklistItem::id).sorted().toList(), items.in("vi").stream().map(ChecklistItem::id).sorted().toList());
        ChecklistItem water = items.find("vi", "drink-water").orElseThrow();
        assertEquals("Uống khoảng 2,5–3 lít nước mỗi ngày", water.item().text());
        assertEquals(Frequency.DAILY, water.frequency().orElseThrow());
        assertEquals("nutrition", water.topic());
        assertEquals(List.of("mother"), water.who());
        assertEquals(List.of("moh-2015"), water.sourceKeys());
        assertEquals(List.of("mother", "family", "health-worker"), items.find("en", "believe-in-your-milk").orElseThrow().who());
    }

    @Test
    void listedIdsKeepTheirOrder() throws IOException {
        ResolvedChecklist list = resolve("title: {en: Picked}\nitems: [skin-to-skin, drink-water, breastfeed-after-birth]\n", "en");
        assertEquals(List.of("skin-to-skin", "drink-water", "breastfeed-after-birth"), ids(list));
        assertEquals(1, list.sections().size());
        assertEquals(null, list.sections().get(0).title());
    }

    @Test
    void selectsByTopicFrequencyArticleAndWho() throws IOException {
        assertEquals(List.of("eat-500-kcal-more", "eat-diverse-protein-rich-food", "drink-water"), ids(resolve("title: T\ntopics: [nutrition]\n", "en")));
        assertEquals(List.of("remove-milk-at-night", "breastfeed-at-night"), ids(resolve("title: T\nfrequencies: [every-night]\n", "vi")));
        List<String> hormone = ids(resolve("title: T\narticles: [hormone-receptors-milk-supply]\n", "en"));
        assertEquals(11, hormone.size());
        assertEquals("best-possible-latch", hormone.get(0));
        assertEquals("avoid-multitasking", hormone.get(10));
        assertEquals(List.of("breastfeed-after-birth", "express-if-baby-cannot-suckle", "believe-in-your-milk"),
                ids(resolve("title: T\nwho: [health-worker]\n", "en")));
        // filters combine: daily AND pumping
        assertEquals(List.of("hand-express-frequently"), ids(resolve("title: T\nfrequencies: [daily]\ntopics: [pumping]\n", "en")));
        // listed ids first, then the filtered ones
        assertEquals(List.of("smell-baby", "fit-pump-flanges", "hand-express-frequently", "focus-on-baby-when-pumping"),
                ids(resolve("title: T\nitems: [smell-baby]\ntopics: [pumping]\n", "en")));
    }

    @Test
    void sectionsTakeEachItemOnceInTheFirstSectionThatSelectsIt() throws IOException {
        ResolvedChecklist milk = resolveFile(Path.of("content/checklists/milk-supply.yaml"), "vi");
        assertEquals(List.of("Ngay sau khi sinh", "Mỗi bữa bú", "Hằng ngày", "Ban đêm", "Khi cần", "Một lần"),
                milk.sections().stream().map(ResolvedChecklist.Section::title).toList());
        assertEquals(List.of(1, 6, 12, 2, 4, 1), milk.sections().stream().map(s -> s.items().size()).toList());
        assertEquals(26, milk.items().stream().map(ChecklistItem::id).distinct().count());
        assertEquals("Tăng lượng sữa mẹ", milk.title());
    }

    @Test
    void theScopeNarrowsSectionsAndASectionWithoutSelectionTakesTheRest() throws IOException {
        ResolvedChecklist daily = resolveFile(Path.of("content/checklists/daily-care.yaml"), "en");
        assertTrue(daily.items().stream().allMatch(i -> i.frequency().orElseThrow() == Frequency.DAILY || i.frequency().orElseThrow() == Frequency.EVERY_NIGHT));
        assertEquals(List.of("eat-500-kcal-more", "eat-diverse-protein-rich-food", "drink-water"), daily.sections().get(0).items().stream().map(ChecklistItem::id).toList());
        // articles come in the default language's order (hormone-receptors… before increase-milk-supply), in every language
        assertEquals(List.of("skin-to-skin", "stay-close-to-baby", "believe-in-your-milk", "comfortable-positive-mood", "get-enough-sleep"),
                daily.sections().get(2).items().stream().map(ChecklistItem::id).toList());
        assertEquals(ids(daily), ids(resolveFile(Path.of("content/checklists/daily-care.yaml"), "vi")));
    }

    @Test
    void aLanguageWithoutItsOwnTitleShowsTheDefaultOne() throws IOException {
        ResolvedChecklist list = resolve("title:\n  en: Only English\nsections:\n  - title: {en: Night}\n    frequencies: [every-night]\n", "vi");
        assertEquals("Only English", list.title());
        assertEquals("Night", list.sections().get(0).title());
    }

    @Test
    void definitionMistakesAreReportedAtTheirLine() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        write("bad.yaml", "title:\n  vi: Chỉ tiếng Việt\nfrequencies: [daily, weekly]\ncolour: red\nsections:\n  - title: {en: A}\n    topic: [nutrition]\n");
        List<ChecklistDefinition> read = new ChecklistDefinitionReader(site.config()).read(temp.resolve("content"), diagnostics);
        assertEquals(List.of(), read);
        List<String> found = diagnostics.sorted().stream().map(d -> d.line() + ":" + d.column() + " " + d.code() + " " + d.message()).toList();
        assertEquals(List.of(
                "2:3 checklist-definition 'title' has no text in the default language 'en'",
                "3:22 unknown-frequency unknown frequency 'weekly'",
                "4:1 checklist-definition unknown key 'colour' in a checklist definition",
                "7:5 checklist-definition unknown key 'topic' in a checklist section"), found);
        assertTrue(diagnostics.sorted().get(3).hint().contains("did you mean 'topics'?"), diagnostics.sorted().get(3).hint());
        assertTrue(diagnostics.sorted().stream().allMatch(Diagnostic::isError));
    }

    private ResolvedChecklist resolve(String yaml, String lang) throws IOException {
        write("t.yaml", yaml);
        Diagnostics diagnostics = new Diagnostics();
        List<ChecklistDefinition> definitions = new ChecklistDefinitionReader(site.config()).read(temp.resolve("content"), diagnostics);
        assertEquals(List.of(), diagnostics.sorted());
        return new ChecklistResolver(items, "en").resolve(definitions.get(0), lang);
    }

    private ResolvedChecklist resolveFile(Path file, String lang) throws IOException {
        return resolve(Files.readString(file), lang);
    }

    private void write(String name, String yaml) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("content/checklists"));
        try (var old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(folder.resolve(name), yaml);
    }

    private static List<String> ids(ResolvedChecklist checklist) {
        return checklist.items().stream().map(ChecklistItem::id).toList();
    }
}
