package org.guidepost.content.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.guidepost.content.ContentLoader;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.markdown.MarkdownPipeline;
import org.junit.jupiter.api.Test;

/** Checklist item checks and their places: cross-language consistency, duplicates, sources, and the sample site's cleanliness. */
class ChecklistChecksTest {

    static List<String> checklistFindings(String site) {
        Path dir = Path.of(site).toAbsolutePath();
        Diagnostics diagnostics = new Diagnostics();
        Site loaded = new ContentLoader(new MarkdownPipeline()).load(dir, diagnostics).orElseThrow();
        new ContentChecker(LocalDate.of(2026, 1, 1)).check(loaded, diagnostics);
        return diagnostics.sorted().stream()
                .filter(d -> d.code().contains("item") || d.code().contains("checklist"))
                .map(d -> d.severity().label() + " " + d.code() + " " + dir.relativize(d.file()) + ":" + d.line())
                .toList();
    }

    @Test
    void aTranslationWithAMistypedIdHasAnErrorOnTheItemAndAWarningForTheMissingOneWhileOutdated() {
        assertEquals(List.of(
                        "warning item-missing-in-translation content/vi/huong-dan/a.md:4",
                        "error item-not-in-source content/vi/huong-dan/a.md:11"),
                checklistFindings("src/test/resources/sites/invalid/item-not-in-source"));
    }

    @Test
    void anUpToDateTranslationMissingAnItemIsAnError() {
        assertEquals(List.of("error item-missing-in-translation content/vi/huong-dan/a.md:4"),
                checklistFindings("src/test/resources/sites/invalid/item-missing-in-translation"));
    }

    @Test
    void anItemWithoutCitationInAnArticleWithoutSourcesIsAWarning() {
        assertEquals(List.of("warning item-without-source content/en/guides/a.md:8"), checklistFindings("src/test/resources/sites/checklist-warnings"));
    }

    @Test
    void theSampleSiteHasNoChecklistFinding() {
        assertEquals(List.of(), checklistFindings("."));
    }

    @Test
    void definitionErrorsSayWhatToDo() {
        Path dir = Path.of("src/test/resources/sites/invalid/unknown-checklist-item").toAbsolutePath();
        Diagnostics diagnostics = new Diagnostics();
        Site loaded = new ContentLoader(new MarkdownPipeline()).load(dir, diagnostics).orElseThrow();
        new ContentChecker(LocalDate.of(2026, 1, 1)).check(loaded, diagnostics);
        Diagnostic unknown = diagnostics.sorted().stream().filter(d -> d.code().equals("unknown-checklist-item")).findFirst().orElseThrow();
        assertEquals("content/checklists/daily.yaml:5:26: error: no checklist item has the id 'drink-watr'\n    hint: did you mean 'drink-water'?", unknown.format(dir));
    }
}
