package org.guidepost.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guidepost.testing.AxeChecker;
import org.guidepost.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Every page type of the sample site (and an article with an image) checked by axe-core for WCAG 2.1 A
 * and AA in light and dark colours, used with the keyboard only, and read on a 320 px screen and with
 * text at 200%.
 */
class AccessibilityTest {

    static final Path IMAGE_SITE = Path.of("src/test/resources/sites/bundle-article").toAbsolutePath();
    static final String IMAGE_ARTICLE = "en/guides/feeding-positions/index.html";

    @TempDir
    static Path temp;
    static Path out;
    static Path imageOut;
    static HeadlessChromium browser;
    static final AxeChecker AXE = AxeChecker.installed();

    @BeforeAll
    static void buildAndStart() {
        out = temp.resolve("public");
        imageOut = temp.resolve("image-site");
        LocalDate today = LocalDate.of(2026, 11, 21);
        assertTrue(SiteBuilders.standard().build(new BuildOptions(SampleSiteTest.SITE, out, false, today), Progress.SILENT).published());
        assertTrue(SiteBuilders.standard().build(new BuildOptions(IMAGE_SITE, imageOut, false, today), Progress.SILENT).published());
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @AfterEach
    void resetEmulation() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        cdp("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    @Test
    void noPageTypeHasAWcag21AaViolationInLightOrDarkColours() {
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            cdp("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            Map<String, Path> pages = new java.util.TreeMap<>();
            SampleSiteTest.PAGE_TYPES.forEach((type, path) -> pages.put(type, out.resolve(path)));
            pages.put("article with an image", imageOut.resolve(IMAGE_ARTICLE));
            pages.put("translation status", out.resolve("editors/translations/index.html"));
            pages.forEach((type, file) -> {
                browser.open(file);
                AXE.violations(browser).forEach(v -> violations.add(scheme + " " + type + ": " + v));
            });
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theKeyboardAloneReachesTheSearchFieldAndSearches() {
        browser.open(out.resolve(SampleSiteTest.EN_SEED_000));
        tabUntil("gp-search-input");
        assertTrue((Boolean) browser.evaluate("return getComputedStyle(document.activeElement).outlineStyle !== 'none'"), "focus is visible");
        browser.driver().switchTo().activeElement().sendKeys("milk", Keys.ENTER);
        browser.waitUntil("return location.pathname.endsWith('/en/search/index.html')");
        assertEquals("?q=milk", browser.evaluate("return location.search"));
        browser.waitUntil("return document.querySelectorAll('#gp-search-results a').length > 0");
        tabUntil("gp-search-input");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals("gp-search-title", browser.evaluate("return document.activeElement.className"), "arrow keys move into the results");
    }

    @Test
    void theKeyboardAloneReachesTheLanguageSwitcherAndSwitches() {
        browser.open(out.resolve(SampleSiteTest.EN_SEED_000));
        tabUntil("lang-vi");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitUntil("return document.documentElement.lang === 'vi'");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/vi/huong-dan/giai-phap-tang-tiet-sua/index.html"));
    }

    @Test
    void noPageScrollsSidewaysOnA320PixelScreen() {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 640, "deviceScaleFactor", 2, "mobile", false));
        assertNoSidewaysScroll("320 px");
    }

    @Test
    void textAt200PercentStaysReadableWithoutSidewaysScroll() {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 640, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        browser.open(out.resolve(SampleSiteTest.EN_SEED_000));
        double normal = ((Number) browser.evaluate("return parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)")).doubleValue();
        List<String> wide = new ArrayList<>();
        for (Map.Entry<String, String> page : SampleSiteTest.PAGE_TYPES.entrySet()) {
            browser.open(out.resolve(page.getValue()));
            browser.evaluate("document.documentElement.style.fontSize = '200%'");
            double zoomed = ((Number) browser.evaluate("return parseFloat(getComputedStyle(document.querySelector('main h1')).fontSize)")).doubleValue();
            assertTrue(zoomed >= 2 * normal, page.getKey() + ": the heading grows with the text (" + zoomed + " px)");
            if (scrollsSideways()) {
                wide.add(page.getKey() + " " + widest());
            }
        }
        assertEquals(List.of(), wide, "pages that scroll sideways with text at 200%");
    }

    private void assertNoSidewaysScroll(String condition) {
        List<String> wide = new ArrayList<>();
        Map<String, Path> pages = new java.util.TreeMap<>();
        SampleSiteTest.PAGE_TYPES.forEach((type, path) -> pages.put(type, out.resolve(path)));
        pages.put("article with an image", imageOut.resolve(IMAGE_ARTICLE));
        pages.forEach((type, file) -> {
            browser.open(file);
            assertEquals(320L, browser.evaluate("return window.innerWidth"));
            if (scrollsSideways()) {
                wide.add(type + " " + widest());
            }
        });
        assertEquals(List.of(), wide, "pages that scroll sideways at " + condition);
    }

    private static boolean scrollsSideways() {
        return !(Boolean) browser.evaluate("return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }

    /** The elements that reach past the right edge, to say what to fix. */
    private static Object widest() {
        return browser.evaluate("""
                const edge = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > edge + 0.5)
                  .slice(-5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
                """);
    }

    /** Presses Tab from the top of the page until the element with this id (or this hreflang) has the focus; fails after 30 presses. */
    private void tabUntil(String target) {
        browser.evaluate("document.activeElement.blur()");
        for (int presses = 0; presses < 30; presses++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            if ((Boolean) browser.evaluate("const e = document.activeElement; return e.id === arguments[0] || 'lang-' + e.hreflang === arguments[0]", target)) {
                return;
            }
        }
        throw new AssertionError(target + " was not reached with the Tab key");
    }

    private static void cdp(String command, Map<String, Object> parameters) {
        ((ChromiumDriver) browser.driver()).executeCdpCommand(command, parameters);
    }
}
