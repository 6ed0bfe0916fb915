package org.guidepost.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.guidepost.site.BuildOptions;
import org.guidepost.site.Progress;
import org.guidepost.site.SiteBuilders;
import org.guidepost.testing.HeadlessChromium;
import org.guidepost.testing.RegistrationProbe;
import org.guidepost.testing.StaticServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;

/** The sample site served over HTTP on 127.0.0.1: the service worker registers, controls pages, serves them offline and updates cleanly. */
class ServiceWorkerBrowserTest {

    static final Path SITE = Path.of("").toAbsolutePath();
    static final String ARTICLE = "en/guides/increase-milk-supply/index.html";

    @TempDir
    Path temp;
    Path out;

    @BeforeEach
    void setUp() {
        out = temp.resolve("public");
    }

    @Test
    void registersOverHttpControlsThePageAndServesPagesWithTheNetworkCut() {
        build(SITE);
        try (HeadlessChromium browser = HeadlessChromium.start(); StaticServer server = StaticServer.serve(out)) {
            RegistrationProbe.install(browser);
            browser.open(server.url("en/index.html"));
            browser.waitUntil("return navigator.serviceWorker.controller !== null");
            assertEquals(List.of(server.url("sw.js")), RegistrationProbe.attempts(browser));
            assertEquals(server.url(""), browser.evaluate("return navigator.serviceWorker.getRegistration().then(r => r.scope)"));

            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            ((HasNetworkConditions) browser.driver()).setNetworkConditions(offline);
            server.close();

            browser.open(server.url(ARTICLE));
            assertEquals("Solutions to increase postpartum milk supply for mothers", browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals("rgb(11, 95, 122)", browser.evaluate("return getComputedStyle(document.querySelector('.site-search button')).backgroundColor"),
                    "the stylesheet came from the cache too");
            browser.open(server.url("vi/search/index.html?q=sua+me"));
            assertEquals("vi", browser.evaluate("return document.documentElement.lang"));
            browser.open(server.url("vi/"));
            assertEquals("vi", browser.evaluate("return document.documentElement.lang"));
        }
    }

    @Test
    void aNewBuildReplacesTheCacheAndDeletesTheOldOne() throws IOException {
        Path site = copyOfSampleSite();
        build(site);
        String first = version();
        try (HeadlessChromium browser = HeadlessChromium.start(); StaticServer server = StaticServer.serve(out)) {
            browser.open(server.url(ARTICLE));
            browser.waitUntil("return navigator.serviceWorker.controller !== null");
            List<?> before = (List<?>) browser.evaluate("return caches.keys()");
            assertEquals(1, before.size(), before::toString);
            assertTrue(before.get(0).toString().endsWith(":" + first), before::toString);

            Path article = site.resolve("content/en/guides/increase-milk-supply.md");
            Files.writeString(article, Files.readString(article).replace("title: Solutions to increase postpartum milk supply for mothers", "title: Solutions to increase milk supply, revised"));
            build(site);
            String second = version();
            assertNotEquals(first, second);

            browser.evaluate("return navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)");
            browser.waitUntil("return caches.keys().then(keys => keys.length === 1 && keys[0].endsWith(':' + arguments[0]))", second);
            browser.open(server.url(ARTICLE));
            assertEquals("Solutions to increase milk supply, revised", browser.driver().findElement(By.tagName("h1")).getText());
        }
    }

    private void build(Path site) {
        assertTrue(SiteBuilders.standard().build(new BuildOptions(site, out, false, LocalDate.of(2026, 11, 21)), Progress.SILENT).published());
    }

    private String version() throws IOException {
        Matcher matcher = Pattern.compile("const VERSION = '([0-9a-f]+)'").matcher(Files.readString(out.resolve("sw.js")));
        assertTrue(matcher.find());
        return matcher.group(1);
    }

    private Path copyOfSampleSite() throws IOException {
        Path copy = temp.resolve("site");
        try (Stream<Path> files = Files.walk(SITE.resolve("content"))) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(SITE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
