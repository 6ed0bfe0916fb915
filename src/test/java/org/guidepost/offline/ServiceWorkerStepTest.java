package org.guidepost.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.guidepost.site.BuildOptions;
import org.guidepost.site.Progress;
import org.guidepost.site.SiteBuilders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.guidepost.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the build writes for offline use over HTTP: sw.js, its precache list and version, the registration script, image sizes. */
class ServiceWorkerStepTest {

    static final Path IMAGE_SITE = Path.of("src/test/resources/sites/bundle-article").toAbsolutePath();
    static final String ARTICLE = "en/guides/feeding-positions/index.html";

    @TempDir
    Path temp;

    @Test
    void precachesPagesAssetsAndDataButNotMediaFeedsOrEditorsPages() {
        List<String> precached = ServiceWorkerStep.precached(List.of("404.html", "assets/style.css", "en/feed.xml", "en/a b/index.html",
                "en/guides/x/photo.png", "editors/translations/index.html", "robots.txt", "search/en/index-1.js", "sitemap.xml"));
        assertEquals(List.of("404.html", "assets/style.css", "en/a%20b/index.html", "search/en/index-1.js"), precached);
    }

    @Test
    void theSameSiteGivesTheSameWorkerAndAChangedFileANewVersion() throws IOException {
        Path site = TestSites.copy(IMAGE_SITE, temp.resolve("site"));
        Path first = build(site, "first");
        Path second = build(site, "second");
        assertArrayEquals(Files.readAllBytes(first.resolve("sw.js")), Files.readAllBytes(second.resolve("sw.js")));

        Path article = site.resolve("content/en/guides/feeding-positions/index.md");
        Files.writeString(article, Files.readString(article).replace("Hold your baby close", "Hold your baby very close"));
        Path third = build(site, "third");
        assertNotEquals(version(first), version(third));
    }

    private static String version(Path out) throws IOException {
        return Files.readString(out.resolve("sw.js")).lines().filter(line -> line.startsWith("const VERSION")).findFirst().orElseThrow();
    }

    @Test
    void everyPageLoadsTheRegistrationScriptDeferredFromTheSiteRoot() throws IOException {
        Path out = build(IMAGE_SITE, "on");
        Element script = Jsoup.parse(out.resolve(ARTICLE).toFile(), "UTF-8").selectFirst("script[src$=sw-register.js]");
        assertEquals("../../../assets/sw-register.js", script.attr("src"));
        assertTrue(script.hasAttr("defer"));
        assertTrue(Files.readString(out.resolve("sw.js")).contains("cache.addAll"));
    }

    @Test
    void turnedOffNoPageRegistersAndSwJsRetiresEarlierWorkers() throws IOException {
        Path site = TestSites.copy(IMAGE_SITE, temp.resolve("site"));
        Path config = site.resolve("content/site.yaml");
        Files.writeString(config, Files.readString(config) + "service_worker: false\n");
        Path out = build(site, "off");
        assertEquals(null, Jsoup.parse(out.resolve(ARTICLE).toFile(), "UTF-8").selectFirst("script[src$=sw-register.js]"));
        String worker = Files.readString(out.resolve("sw.js"));
        assertTrue(worker.contains("self.registration.unregister()") && !worker.contains("addAll"), worker);
    }

    @Test
    void articleImagesGetTheirIntrinsicSizeAndAllButTheFirstLoadLazily() throws IOException {
        List<Element> images = Jsoup.parse(build(IMAGE_SITE, "images").resolve(ARTICLE).toFile(), "UTF-8").select(".article-body img");
        assertEquals(List.of("480", "400"), images.stream().map(image -> image.attr("width")).toList());
        assertEquals(List.of("270", "300"), images.stream().map(image -> image.attr("height")).toList());
        assertEquals(List.of("", "lazy"), images.stream().map(image -> image.attr("loading")).toList());
        assertEquals(List.of("async", "async"), images.stream().map(image -> image.attr("decoding")).toList());
    }

    private Path build(Path site, String name) {
        Path out = temp.resolve(name);
        assertTrue(SiteBuilders.standard().build(new BuildOptions(site, out, false, LocalDate.of(2026, 11, 21)), Progress.SILENT).published());
        return out;
    }
}
