package org.guidepost.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.site.BuildOptions;
import org.guidepost.site.BuildResult;
import org.guidepost.site.DashboardStep;
import org.guidepost.site.Progress;
import org.guidepost.site.SiteBuilder;
import org.guidepost.site.SiteBuilders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After the same edits, the preview's incremental output is byte for byte what a full build writes. */
class IncrementalRebuildTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    Path site;
    Path live;
    LiveSite liveSite;
    final List<Set<String>> changes = new ArrayList<>();
    final List<List<Diagnostic>> problems = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        site = PreviewFixtures.copyMultilingual(dir);
        live = dir.resolve("live");
        Files.createDirectories(live);
        liveSite = new LiveSite(builder(), new BuildOptions(site, live, true, TODAY), new LiveEvents() {
            @Override
            public void changed(Set<String> paths, boolean everything) {
                changes.add(paths);
            }

            @Override
            public void problems(List<Diagnostic> errors) {
                problems.add(errors);
            }
        }, Runnable::run);
        liveSite.buildAll();
        assertEquals(List.of(), liveSite.problems());
    }

    static SiteBuilder builder() {
        return SiteBuilders.forPreview().with(new DashboardStep(TODAY));
    }

    void assertSameAsFullBuild() {
        Path full = dir.resolve("full-" + changes.size());
        BuildResult result = builder().build(new BuildOptions(site, full, true, TODAY), Progress.SILENT);
        assertTrue(result.published(), () -> result.diagnostics().toString());
        Map<String, String> expected = PreviewFixtures.snapshot(full);
        Map<String, String> actual = PreviewFixtures.snapshot(live);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, content) -> assertEquals(content, actual.get(path), path));
    }

    @Test
    void theFirstBuildIsAFullBuild() {
        assertSameAsFullBuild();
    }

    @Test
    void editingAnArticleRewritesOnlyWhatDependsOnIt() throws IOException {
        Path water = site.resolve("content/en/guides/water.md");
        PreviewFixtures.replace(water, "title: Drinking enough water", "title: Drinking water through the day");
        changes.clear();
        assertTrue(liveSite.changed(Set.of(water)));
        assertSameAsFullBuild();
        Set<String> written = changes.get(0);
        assertTrue(written.contains("en/guides/water/index.html"), written::toString);
        assertTrue(written.contains("en/index.html"), written::toString);
        assertFalse(written.contains("en/guides/night-feeds/index.html"), "an unrelated article is left alone");
        assertFalse(written.contains("th/index.html"), "a language without the article is left alone");
    }

    @Test
    void aBodyEditLeavesTheListsAlone() throws IOException {
        Path night = site.resolve("content/en/guides/night-feeds.md");
        PreviewFixtures.replace(night, "Prolactin rises at night", "Prolactin rises at night, most of all after midnight");
        changes.clear();
        liveSite.changed(Set.of(night));
        assertSameAsFullBuild();
        Set<String> written = changes.isEmpty() ? Set.of() : changes.get(0);
        assertFalse(written.contains("en/index.html") || written.contains("sitemap.xml") || written.contains("en/feed.xml"), written::toString);
    }

    @Test
    void addingDeletingAndMovingArticlesAndChangingTopics() throws IOException {
        Path added = site.resolve("content/en/guides/latch.md");
        Files.writeString(added, "---\nid: latch\ntitle: A good latch\nsummary: How a good latch looks.\ntopics: [latch, sleep]\nsources: [who-2023]\n---\nBody.\n");
        liveSite.changed(Set.of(added));
        assertSameAsFullBuild();
        assertTrue(Files.isRegularFile(live.resolve("en/topics/latch/index.html")));

        Files.delete(added);
        liveSite.changed(Set.of(added));
        assertSameAsFullBuild();
        assertFalse(Files.exists(live.resolve("en/guides/latch/index.html")), "a deleted article's page is removed");
        assertFalse(Files.exists(live.resolve("en/topics/latch/index.html")), "a topic without articles is removed");

        Path night = site.resolve("content/en/guides/night-feeds.md");
        PreviewFixtures.replace(night, "topics: [breastfeeding, sleep]", "topics: [breastfeeding, nutrition]");
        liveSite.changed(Set.of(night));
        assertSameAsFullBuild();
    }

    @Test
    void changingATranslationAndItsSource() throws IOException {
        Path vi = site.resolve("content/vi/huong-dan/cho-con-bu-ban-dem.md");
        String text = Files.readString(vi);
        Files.writeString(vi, text.replaceFirst("(?m)^title: .*$", "title: Cho con bú vào ban đêm"));
        liveSite.changed(Set.of(vi));
        assertSameAsFullBuild();

        Path en = site.resolve("content/en/guides/night-feeds.md");
        PreviewFixtures.replace(en, "Prolactin rises at night", "Prolactin is highest at night");
        liveSite.changed(Set.of(en));
        assertSameAsFullBuild(); // the translations are now outdated: notices, status page and dashboard change
    }

    @Test
    void anErrorKeepsTheLastGoodOutputAndTheFixCatchesUp() throws IOException {
        Path water = site.resolve("content/en/guides/water.md");
        Map<String, String> before = PreviewFixtures.snapshot(live);
        PreviewFixtures.replace(water, "id: water", "id:");
        liveSite.changed(Set.of(water));
        assertFalse(liveSite.problems().isEmpty());
        assertEquals(before, PreviewFixtures.snapshot(live), "nothing is written while the content has errors");

        Path night = site.resolve("content/en/guides/night-feeds.md");
        PreviewFixtures.replace(night, "title: Feeding at night", "title: Night feeds");
        liveSite.changed(Set.of(night));
        PreviewFixtures.replace(water, "id:", "id: water");
        liveSite.changed(Set.of(water));
        assertEquals(List.of(), liveSite.problems());
        assertSameAsFullBuild();
    }

    @Test
    void aWholeSiteCheckErrorIsShownOverPagesThatShowTheEditUntilFixed() throws IOException {
        Path water = site.resolve("content/en/guides/water.md");
        PreviewFixtures.replace(water, "sources: [who-2023]", "sources: [who-2023, no-such-source]");
        PreviewFixtures.replace(water, "title: Drinking enough water", "title: Water matters");
        liveSite.changed(Set.of(water));
        assertTrue(liveSite.problems().stream().anyMatch(d -> d.code().equals("unknown-source")), liveSite.problems()::toString);
        assertTrue(Files.readString(live.resolve("en/guides/water/index.html")).contains("Water matters"));

        PreviewFixtures.replace(water, "sources: [who-2023, no-such-source]", "sources: [who-2023]");
        liveSite.changed(Set.of(water));
        assertEquals(List.of(), liveSite.problems());
        assertSameAsFullBuild();
    }

    @Test
    void aTemplateChangeRebuildsEverything() throws IOException {
        Path templates = site.resolve("site-templates");
        Path article = templates.resolve("article.ftlh");
        Files.writeString(article, "<#import \"layout.ftlh\" as layout><@layout.shell><h1>${article.title}</h1></@layout.shell>\n");
        liveSite.changed(Set.of(article));
        assertSameAsFullBuild();

        Files.writeString(article, "<#import \"layout.ftlh\" as layout><@layout.shell>${article.nope}</@layout.shell>\n");
        liveSite.changed(Set.of(article));
        assertTrue(liveSite.problems().stream().anyMatch(d -> d.code().equals("template")), liveSite.problems()::toString);
        Files.delete(article);
        liveSite.changed(Set.of(article));
        assertEquals(List.of(), liveSite.problems());
        assertSameAsFullBuild();
    }
}
