package org.guidepost.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.guidepost.cli.CliRun;
import org.guidepost.content.FrontMatter;
import org.guidepost.content.TranslationMatrix;
import org.guidepost.content.TranslationState;
import org.guidepost.testing.HtmlChecker;
import org.guidepost.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The en + vi + ar (right-to-left) + th fixture: switcher, hreflang, notices, status and fallbacks. */
class MultilingualSiteTest {

    static final Path SITE = TestSites.MULTILINGUAL;

    @TempDir
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() {
        result = new SiteBuilder(List.of()).build(new BuildOptions(SITE, out.resolve("public"), false, LocalDate.of(2026, 1, 1)), Progress.SILENT);
        assertTrue(result.published(), () -> result.diagnostics().toString());
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve("public").resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyPageInEveryScriptPassesTheNuHtmlChecker() {
        HtmlChecker.installed().assertValid(out.resolve("public"));
    }

    @Test
    void translatedArticleLinksEveryVersionBothWays() throws IOException {
        Document en = page("en/guides/night-feeds/index.html");
        assertEquals(List.of("en", "vi", "ar", "th", "x-default"), en.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        assertEquals("../../../vi/huong-dan/cho-con-bu-ban-dem/index.html", en.selectFirst("link[rel=alternate][hreflang=vi]").attr("href"));
        assertEquals("../../../vi/huong-dan/cho-con-bu-ban-dem/index.html", en.selectFirst(".language-switcher a[hreflang=vi]").attr("href"));
        Document vi = page("vi/huong-dan/cho-con-bu-ban-dem/index.html");
        assertEquals("../../../en/guides/night-feeds/index.html", vi.selectFirst(".language-switcher a[hreflang=en]").attr("href"));
        assertEquals("vi", vi.selectFirst("html").attr("lang"));
    }

    @Test
    void aMissingTranslationIsListedAndLeadsToThatHomeWithANotice() throws IOException {
        Document water = page("en/guides/water/index.html");
        Element arabic = water.selectFirst(".language-switcher a[hreflang=ar]");
        assertEquals("../../../ar/index.html#not-translated", arabic.attr("href"));
        assertTrue(arabic.hasClass("untranslated"));
        assertTrue(page("ar/index.html").getElementById("not-translated") != null);
    }

    @Test
    void rightToLeftLanguagesAreMarkedSo() throws IOException {
        Document ar = page("ar/index.html");
        assertEquals("rtl", ar.selectFirst("html").attr("dir"));
        assertEquals("ar", ar.selectFirst("html").attr("lang"));
        assertEquals("المصادر", ar.selectFirst(".site-nav").select("a").last().text());
    }

    @Test
    void anOutdatedTranslationTellsReadersAndEditors() throws IOException {
        Document vi = page("vi/huong-dan/uong-du-nuoc/index.html");
        Element notice = vi.selectFirst(".notice-outdated a");
        assertEquals("../../../en/guides/water/index.html", notice.attr("href"));
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.code().equals("outdated-translation") && d.file().endsWith("uong-du-nuoc.md")));
    }

    @Test
    void translationsInheritAuthorsAndSources() throws IOException {
        Document vi = page("vi/huong-dan/cho-con-bu-ban-dem/index.html");
        assertTrue(vi.selectFirst(".review-box").text().contains("A. Writer"));
        assertEquals(1, vi.select(".references li").size());
    }

    @Test
    void missingInterfaceStringsFallBackAndAreReported() throws IOException {
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.code().equals("missing-ui-string") && d.message().contains("'th'")));
        assertEquals("Topics", page("th/index.html").select(".site-nav a").get(1).text());
        assertEquals("หน้าแรก", page("th/index.html").select(".site-nav a").get(0).text());
    }

    @Test
    void statusTellsWhatToTranslateNext() {
        SiteBuilder.Checked checked = new SiteBuilder(List.of()).check(new BuildOptions(SITE, out.resolve("x"), false, LocalDate.of(2026, 1, 1)));
        TranslationMatrix matrix = TranslationMatrix.of(checked.site().orElseThrow());
        Map<String, TranslationState> night = matrix.rows().stream().filter(r -> r.id().equals("night-feeds")).findFirst().orElseThrow().states();
        assertEquals(Map.of("en", TranslationState.SOURCE, "vi", TranslationState.UP_TO_DATE, "ar", TranslationState.NOT_REVIEWED,
                "th", TranslationState.NOT_REVIEWED), night);
        assertEquals(new TranslationMatrix.Task("water", "vi", TranslationState.OUTDATED), matrix.todo().get(0));

        CliRun json = CliRun.of("status", "--site", SITE.toString(), "--format", "json");
        assertEquals(0, json.exitCode());
        assertTrue(json.out().contains("\"water\"") && json.out().contains("\"outdated\"") && json.out().contains("\"missing\""), json.out());
        CliRun text = CliRun.of("status", "--site", SITE.toString());
        assertTrue(text.out().contains("guidepost new translation water --lang ar"), text.out());
    }

    @Test
    void sitemapAndEditorsPageListTheTranslations() throws IOException {
        String sitemap = Files.readString(out.resolve("public/sitemap.xml"));
        assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"vi\" href=\"vi/huong-dan/cho-con-bu-ban-dem/index.html\"/>"), sitemap);
        Document status = page("editors/translations/index.html");
        assertEquals(2, status.select("tbody tr").size());
        assertEquals(1, status.select("td.status-outdated").size());
    }

    @Test
    void newTranslationWritesTheBookkeeping(@TempDir Path copy) throws IOException {
        TestSites.copy(SITE, copy);
        CliRun run = CliRun.of("new", "translation", "water", "--lang", "th", "--site", copy.toString());
        assertEquals(0, run.exitCode(), run.err());
        String written = Files.readString(copy.resolve("content/th/guides/water.md"));
        assertTrue(written.contains("from: en"), written);
        String sourceBody = FrontMatter.split(Files.readString(copy.resolve("content/en/guides/water.md"))).orElseThrow().body();
        assertTrue(!sourceBody.isBlank() && written.endsWith(sourceBody), written);
        SiteBuilder.Checked checked = new SiteBuilder(List.of()).check(new BuildOptions(copy, copy.resolve("public"), false, LocalDate.of(2026, 1, 1)));
        assertEquals(TranslationState.NOT_REVIEWED, TranslationState.of(checked.site().orElseThrow(), "water", "th"));
    }

    @Test
    void withABaseUrlPagesListTheirLanguageVersionsForSearchEnginesByAbsoluteAddress(@TempDir Path copy) throws IOException {
        TestSites.copy(SITE, copy);
        Path config = copy.resolve("content/site.yaml");
        Files.writeString(config, "base_url: https://example.org/guide/\n" + Files.readString(config));
        assertTrue(new SiteBuilder(List.of()).build(new BuildOptions(copy, copy.resolve("public"), false, LocalDate.of(2026, 1, 1)), Progress.SILENT).published());
        Document en = Jsoup.parse(copy.resolve("public/en/guides/night-feeds/index.html").toFile(), "UTF-8");
        assertEquals(List.of("en", "vi", "ar", "th", "x-default"), en.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        assertEquals("https://example.org/guide/vi/huong-dan/cho-con-bu-ban-dem/", en.selectFirst("link[hreflang=vi]").attr("href"));
        Document water = Jsoup.parse(copy.resolve("public/en/guides/water/index.html").toFile(), "UTF-8");
        assertEquals(List.of("en", "vi", "x-default"), water.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
    }
}
