package org.guidepost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lucene-side search as the CLI runs it: query syntax, title-first ranking, highlighted snippets. */
class SiteSearcherTest {

    @TempDir
    static Path lucene;

    @BeforeAll
    static void build() throws IOException {
        new SearchIndexBuilder().build(lucene, OfflineSearchTest.LANGUAGES, BreastfeedingCorpus.documents());
    }

    private static List<String> urls(String lang, String query) throws IOException {
        return new SiteSearcher().search(lucene, lang, query, 10).stream().map(SearchHit::url).toList();
    }

    @Test
    void titleMatchesRankFirstAndSnippetsAreHighlighted() throws IOException {
        List<SearchHit> hits = new SiteSearcher().search(lucene, "en", "latch", 10);
        assertEquals("en/guides/good-latch/index.html", hits.get(0).url());
        assertEquals("A good latch", hits.get(0).title());
        assertTrue(hits.get(0).snippet().contains("«latch»"), hits.get(0).snippet());
    }

    @Test
    void luceneQuerySyntax() throws IOException {
        assertEquals(List.of("en/guides/colostrum/index.html"), urls("en", "title:colostrum"));
        assertFalse(urls("en", "milk NOT night").contains("en/guides/night-feeding/index.html"));
        assertEquals(4, urls("en", "prolactin OR colostrum").size());
        assertTrue(urls("en", "\"milk supply\"").containsAll(urls("en", "\"milk supply\" AND night")));
        assertEquals(List.of("vi/guides/sua-non/index.html"), urls("vi", "\"sua non\""));
    }

    @Test
    void unaccentedQueryFindsAccentedText() throws IOException {
        assertTrue(urls("vi", "sua me").contains("vi/guides/tang-tiet-sua/index.html"));
        assertEquals("vi/guides/tieu-duong-thai-ky/index.html", urls("vi", "duong huyet").get(0));
    }

    @Test
    void invalidSyntaxIsSearchedAsWords() throws IOException {
        assertEquals(urls("en", "milk supply"), urls("en", "milk supply)"));
        assertEquals(List.of(), urls("en", "   "));
    }
}
