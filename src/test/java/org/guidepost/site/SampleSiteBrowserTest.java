package org.guidepost.site;

import java.nio.file.Path;

import org.guidepost.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the browser tests that read the built sample site: one Chromium per test class. */
abstract class SampleSiteBrowserTest {

    static final Path out = BuiltSample.OUT;
    static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }
}
