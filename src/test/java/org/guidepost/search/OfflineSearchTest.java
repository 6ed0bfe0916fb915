package org.guidepost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline engine (under Node) against Lucene's IndexSearcher on the same pages, and its reader-facing behaviour. */
class OfflineSearchTest {

    static final List<SearchLanguage> LANGUAGES = List.of(new SearchLanguage("en", null), new SearchLanguage("vi", null));

    @TempDir
    static Path work;
    static Path lucene;
    static Path site;

    @BeforeAll
    static void buildAndExport() throws IOException {
        lucene = work.resolve("lucene");
        site = work.resolve("public");
        new SearchIndexBuilder().build(lucene, LANGUAGES, BreastfeedingCorpus.documents());
        export(site);
    }

    /** What the build does: the exported index, and the theme's two search scripts (copied with the other assets). */
    static void export(Path out) throws IOException {
        new OfflineIndexExporter().export(LANGUAGES, BreastfeedingCorpus.documents(), out);
        Files.createDirectories(out.resolve("assets"));
        for (String script : List.of("search.js", "search-ui.js")) {
            Files.copy(Path.of("site-templates/assets", script), out.resolve("assets").resolve(script));
        }
    }

    @Test
    void topTenAgreesWithLucene() throws Exception {
        List<NodeEngine.Query> queries = new ArrayList<>();
        for (String q : List.of("milk", "milk supply", "prolactin", "oxytocin", "breastfeeding", "feeding", "feeds", "latch",
                "sore nipples", "expressing milk", "baby", "newborn", "\"milk supply\"", "\"breast milk\"", "fever doctor",
                "milk -supply", "milk NOT night", "colostrum", "water", "night", "skin contact", "breast", "hormone", "the baby's latch")) {
            queries.add(new NodeEngine.Query("en", "exact", q));
        }
        for (String q : List.of("sữa mẹ", "sua me", "sữa", "bú", "oxytocin", "prolactin", "vắt sữa", "vat sua", "đường huyết",
                "duong huyet", "đường", "trẻ sơ sinh", "tre so sinh", "vàng da", "\"sữa non\"", "lượng sữa", "ngậm bắt vú",
                "bác sĩ", "nước", "sữa -non", "đêm", "cho con bú")) {
            queries.add(new NodeEngine.Query("vi", "exact", q));
        }
        List<NodeEngine.Result> offline = NodeEngine.run(site, queries);
        SiteSearcher searcher = new SiteSearcher();
        List<String> report = new ArrayList<>();
        double worst = 1;
        for (int i = 0; i < queries.size(); i++) {
            NodeEngine.Query query = queries.get(i);
            List<String> lucene = searcher.search(OfflineSearchTest.lucene, query.lang(), query.text(), 10).stream().map(SearchHit::url).toList();
            double overlap = overlap(lucene, offline.get(i).urls());
            worst = Math.min(worst, overlap);
            report.add(String.format("%s %-22s lucene=%d offline=%d overlap=%.2f", query.lang(), query.text(), lucene.size(),
                    offline.get(i).urls().size(), overlap));
            assertTrue(!lucene.isEmpty(), "fixture query should match something in Lucene: " + query.text());
        }
        assertTrue(worst >= 0.9, "top-10 overlap below 0.9:\n" + String.join("\n", report));
    }

    @Test
    void unaccentedVietnameseFindsTheAccentedPageAndRanksExactFormsFirst() throws Exception {
        List<NodeEngine.Result> results = NodeEngine.run(site, List.of(new NodeEngine.Query("vi", "typing", "sua me"),
                new NodeEngine.Query("vi", "typing", "duong huyet"), new NodeEngine.Query("vi", "exact", "đường")));
        assertTrue(results.get(0).urls().contains("vi/guides/tang-tiet-sua/index.html"), results.get(0).toString());
        assertTrue(results.get(0).snippet().contains("«"), "snippet is highlighted: " + results.get(0).snippet());
        assertEquals("vi/guides/tieu-duong-thai-ky/index.html", results.get(1).urls().get(0));
        assertTrue(results.get(2).urls().contains("vi/guides/dinh-duong-me/index.html"), "đường (sugar) page found");
        assertEquals("vi/guides/tieu-duong-thai-ky/index.html", results.get(2).urls().get(0), "exact đường ranks above folded duong");
    }

    @Test
    void prolactinAndTheOxytoxinTypoFindTheEnglishPages() throws Exception {
        List<NodeEngine.Result> results = NodeEngine.run(site, List.of(new NodeEngine.Query("en", "typing", "prolactin"),
                new NodeEngine.Query("en", "typing", "oxytoxin"), new NodeEngine.Query("en", "typing", "mastitiss fever")));
        assertTrue(results.get(0).urls().containsAll(List.of("en/guides/increase-milk-supply/index.html", "en/guides/night-feeding/index.html")));
        assertTrue(results.get(1).urls().containsAll(List.of("en/guides/let-down-reflex/index.html", "en/guides/skin-to-skin/index.html")),
                results.get(1).toString());
        assertTrue(results.get(2).urls().contains("en/guides/mastitis/index.html"), "two typos allowed in words of 8+ letters");
    }

    @Test
    void prefixMatchingAsYouType() throws Exception {
        List<NodeEngine.Result> results = NodeEngine.run(site, List.of(new NodeEngine.Query("en", "typing", "colos"),
                new NodeEngine.Query("vi", "typing", "vàng d")));
        assertTrue(results.get(0).urls().contains("en/guides/colostrum/index.html"));
        assertTrue(results.get(1).urls().contains("vi/guides/vang-da/index.html"));
    }

    @Test
    void markupInTheQueryIsPlainTextAndMatchesNothing() throws Exception {
        String xss = "<img src=x onerror=alert(1)>";
        List<NodeEngine.Result> results = NodeEngine.run(site, List.of(new NodeEngine.Query("en", "typing", xss),
                new NodeEngine.Query("vi", "typing", xss)));
        assertEquals(0, results.get(0).total());
        assertEquals(0, results.get(1).total());
        assertEquals(List.of(), new SiteSearcher().search(lucene, "en", xss, 10));
    }

    @Test
    void nothingFoundSuggestsTheClosestTerms() throws Exception {
        List<NodeEngine.Result> results = NodeEngine.run(site, List.of(new NodeEngine.Query("en", "exact", "prolaktin milk")));
        assertEquals(0, results.get(0).total());
        assertEquals(List.of("prolactin milk"), results.get(0).suggestions());
    }

    @Test
    void topicFilterAndAllLanguages() throws Exception {
        List<NodeEngine.Result> results = NodeEngine.run(site, List.of(new NodeEngine.Query("en", "topic=Newborn", "feed"),
                new NodeEngine.Query("en", "all", "oxytocin")));
        assertEquals(Set.of("en/guides/colostrum/index.html", "en/guides/newborn-jaundice/index.html", "en/guides/skin-to-skin/index.html"),
                new HashSet<>(results.get(0).urls()));
        assertTrue(results.get(1).urls().stream().anyMatch(url -> url.startsWith("vi/")));
        assertTrue(results.get(1).urls().stream().anyMatch(url -> url.startsWith("en/")));
    }

    @Test
    void exportIsByteIdenticalForTheSameInput() throws IOException {
        Path again = work.resolve("again");
        export(again);
        List<Path> first = files(site);
        assertEquals(first, files(again));
        for (Path file : first) {
            assertEquals(Files.readString(site.resolve(file)), Files.readString(again.resolve(file)), file.toString());
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(new HashSet<>(b));
        return (double) common.size() / Math.max(a.size(), b.size());
    }
}
