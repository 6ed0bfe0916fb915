package org.guidepost.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.guidepost.testing.HeadlessChromium;
import org.guidepost.testing.RegistrationProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample site opened by file:// in Chromium: no page reaches the network, and no service worker is even tried. */
class OfflineBrowserTest {

    @TempDir
    static Path temp;
    static Path out;
    static HeadlessChromium browser;

    @BeforeAll
    static void buildAndStart() {
        out = temp.resolve("public");
        assertTrue(SiteBuilders.standard().build(new BuildOptions(SampleSiteTest.SITE, out, false, LocalDate.of(2026, 11, 21)), Progress.SILENT).published());
        browser = HeadlessChromium.start();
        RegistrationProbe.install(browser);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void everyPageTypeLoadsWithoutAnyNetworkRequest() {
        SampleSiteTest.PAGE_TYPES.forEach((type, path) -> {
            browser.open(out.resolve(path));
            browser.waitFor("main h1");
            assertEquals(List.of(), browser.remoteRequests(), type + " page " + path + " reached the network");
            assertTrue(browser.networkRequests().stream().anyMatch(url -> url.endsWith("/assets/style.css")), type + ": its stylesheet loads from disk");
        });
    }

    @Test
    void noServiceWorkerRegistrationIsAttemptedByFile() {
        for (String path : SampleSiteTest.PAGE_TYPES.values()) {
            browser.open(out.resolve(path));
            browser.waitUntil("return document.readyState === 'complete'");
            assertTrue(browser.networkRequests().stream().anyMatch(url -> url.endsWith("/assets/sw-register.js")), path + " loads the registration script");
            assertEquals(List.of(), RegistrationProbe.attempts(browser), path + " tried to register a service worker");
        }
    }
}
