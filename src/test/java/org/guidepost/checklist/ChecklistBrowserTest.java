package org.guidepost.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.OutputSink;
import org.guidepost.site.BuildOptions;
import org.guidepost.site.SiteBuilder;
import org.guidepost.site.Progress;
import org.guidepost.site.SiteBuilders;
import org.guidepost.testing.HeadlessChromium;
import org.guidepost.testing.HtmlChecker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Checklists in real Chromium by file://: ticks survive reloads and restarts, reset, progress, and the builder's URL. */
class ChecklistBrowserTest {

    @TempDir
    static Path temp;
    static Path out;
    static HeadlessChromium browser;

    @BeforeAll
    static void buildAndStart() {
        out = temp.resolve("public");
        assertTrue(SiteBuilders.standard().build(new BuildOptions(Path.of("").toAbsolutePath(), out, false, LocalDate.of(2026, 11, 21)), Progress.SILENT).published());
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static String progress() {
        return browser.driver().findElement(By.cssSelector("[data-checklist-progress]")).getText();
    }

    static void tick(String id) {
        browser.driver().findElement(By.cssSelector("label[for=check-" + id + "]")).click();
    }

    static boolean ticked(String id) {
        return browser.driver().findElement(By.id("check-" + id)).isSelected();
    }

    @Test
    void ticksSurviveReloadAndRestartAndAreKeptPerLanguageUntilReset() {
        Path english = out.resolve("en/checklists/milk-supply/index.html");
        browser.open(english);
        browser.waitUntil("return !document.querySelector('[data-checklist-tools]').hidden");
        assertEquals("0 of 26 done", progress());
        tick("drink-water");
        tick("skin-to-skin");
        assertEquals("2 of 26 done", progress());

        browser.reload();
        browser.waitUntil("return !document.querySelector('[data-checklist-tools]').hidden");
        assertTrue(ticked("drink-water") && ticked("skin-to-skin") && !ticked("smell-baby"));
        assertEquals("2 of 26 done", progress());

        browser.open(out.resolve("vi/checklists/milk-supply/index.html"));
        browser.waitUntil("return !document.querySelector('[data-checklist-tools]').hidden");
        assertEquals("Đã xong 0/26 việc", progress(), "each language keeps its own ticks");
        browser.open(out.resolve("en/checklists/daily-care/index.html"));
        browser.waitUntil("return !document.querySelector('[data-checklist-tools]').hidden");
        assertTrue(!ticked("drink-water"), "each checklist keeps its own ticks");

        browser.restart();
        browser.open(english);
        browser.waitUntil("return !document.querySelector('[data-checklist-tools]').hidden");
        assertTrue(ticked("drink-water"), "ticks outlive the browser");
        browser.driver().findElement(By.cssSelector("[data-checklist-reset]")).click();
        assertEquals("0 of 26 done", progress());
        browser.reload();
        browser.waitUntil("return !document.querySelector('[data-checklist-tools]').hidden");
        assertTrue(!ticked("drink-water") && !ticked("skin-to-skin"));
        assertEquals(List.of(), browser.remoteRequests());
    }

    @Test
    void eachItemLinksToItsParagraphAndItsSource() {
        browser.open(out.resolve("en/checklists/milk-supply/index.html"));
        assertEquals("../../guides/increase-milk-supply/index.html#drink-water",
                browser.evaluate("return document.querySelector('#item-drink-water .checklist-item-article').getAttribute('href')"));
        browser.driver().findElement(By.cssSelector("#item-drink-water .checklist-item-article")).click();
        browser.waitUntil("return location.hash === '#drink-water' && document.getElementById('drink-water') !== null");
        browser.open(out.resolve("en/checklists/milk-supply/index.html"));
        String source = browser.driver().findElement(By.cssSelector("#item-drink-water a.citation")).getAttribute("href");
        assertTrue(source.endsWith("#ref-1"), source);
        assertTrue(browser.driver().findElement(By.id("ref-1")).getText().contains("Nurturing young children"));
    }

    @Test
    void theBuilderKeepsTheChosenItemsInOrderInItsUrlAndAFreshBrowserRestoresThem() {
        browser.open(out.resolve("en/checklists/builder/index.html"));
        browser.waitUntil("return !document.querySelector('[data-builder-selection]').hidden");
        browser.driver().findElement(By.cssSelector("label[for=gp-pick-drink-water]")).click();
        browser.driver().findElement(By.cssSelector("label[for=gp-pick-skin-to-skin]")).click();
        browser.driver().findElement(By.cssSelector("label[for=gp-pick-breastfeed-at-night]")).click();
        // move the last one up from the keyboard
        browser.evaluate("document.querySelector('[data-builder-list] [data-id=\"breastfeed-at-night\"][data-action=\"move-up\"]').focus()");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitUntil("return location.hash === '#items=drink-water,breastfeed-at-night,skin-to-skin'");
        assertEquals("breastfeed-at-night", browser.evaluate("return document.activeElement.getAttribute('data-id')"), "focus follows the moved item");
        // filters hide what does not match
        browser.evaluate("var s = document.getElementById('gp-filter-frequency'); s.value = 'every-night'; s.dispatchEvent(new Event('change'))");
        assertEquals(2L, browser.evaluate("return document.querySelectorAll('[data-builder-item]:not([hidden])').length"));
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.startsWith("file://"), url);

        try (HeadlessChromium fresh = HeadlessChromium.start()) {
            fresh.open(url);
            fresh.waitUntil("return document.querySelectorAll('[data-builder-list] li').length === 3");
            assertEquals(List.of("Drink about 2.5–3 litres of water a day [2]", "Breastfeed at night too: prolactin is secreted in large amounts at night [2]",
                            "Perform skin-to-skin with your baby — one of the best ways to activate oxytocin [1]"),
                    fresh.evaluate("return Array.from(document.querySelectorAll('[data-builder-list] li > span:nth-child(2)')).map(e => e.textContent)"));
            assertEquals(true, fresh.evaluate("return document.getElementById('gp-pick-skin-to-skin').checked"));
            fresh.driver().findElement(By.cssSelector("[data-builder-list] [data-id=drink-water][data-action=remove]")).click();
            fresh.waitUntil("return location.hash === '#items=breastfeed-at-night,skin-to-skin'");
            // a brand-new profile may still be loading Chromium's own chrome:// new-tab page when the first URL opens
            assertEquals(List.of(), fresh.remoteRequests().stream().filter(request -> !request.startsWith("chrome://")).toList());
        }
    }

    @Test
    void theBuilderLoadsItsCatalogueFromOneScriptPerTopic() throws IOException {
        Path builder = out.resolve("en/checklists/builder/index.html");
        assertFalse(Files.readString(builder).contains("data-builder-item"), "the page itself lists no action");
        String part = Files.readString(builder.resolveSibling("part-1.js"));
        assertTrue(part.startsWith("GuidepostBuilderPart(1,{\"sections\":[") && part.contains("[\"empty-breast-after-feed\","), "part 1 carries its items as data");
        assertFalse(part.contains("data-builder-item"), "the script writes the items' markup");
        browser.open(builder);
        browser.waitUntil("return !document.querySelector('[data-builder-catalogue]').hidden");
        assertEquals(26L, browser.evaluate("return document.querySelectorAll('[data-builder-item]').length"));
        browser.evaluate("var s = document.getElementById('gp-filter-topic'); s.value = '1'; s.dispatchEvent(new Event('change'))");
        browser.waitUntil("return document.querySelector('[data-builder-part=\"0\"]').hidden");
        assertEquals(List.of("empty-breast-after-feed", "express-if-baby-cannot-suckle", "massage-breasts"),
                browser.evaluate("return Array.from(document.querySelectorAll('[data-builder-part]:not([hidden]) [data-builder-item]'))"
                        + ".map(e => e.getAttribute('data-builder-item'))"));
    }

    @Test
    void aLargeCatalogueLoadsOnlyTheTopicsAReaderLooksAtOrALinkPicks() throws IOException {
        Path large = temp.resolve("large");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.toList()) {
                Files.copy(file, large.resolve(out.relativize(file).toString()));
            }
        }
        // the sample's 26 actions, published as a catalogue too large to load whole
        SiteBuilder.Checked checked = SiteBuilders.standard().check(new BuildOptions(Path.of("").toAbsolutePath(), large, false, LocalDate.of(2026, 11, 21)));
        new ChecklistPublisher(checked.site().orElseThrow(), checked.theme().orElseThrow(), PdfFont.CANDIDATES, 10).write(new OutputSink() {
            @Override
            public void write(String path, byte[] content) {
                if (path.startsWith("en/checklists/builder/")) {
                    try {
                        Files.write(large.resolve(path), content);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }

            @Override
            public void copy(String path, Path source) {
            }
        }, new Diagnostics());
        String loaded = "return Array.from(document.querySelectorAll('[data-builder-item]')).map(e => e.getAttribute('data-builder-item')).sort()";

        browser.open(large.resolve("en/checklists/builder/index.html"));
        browser.waitUntil("return !document.querySelector('[data-builder-catalogue]').hidden");
        assertEquals(List.of("close-before-feeds", "skin-to-skin", "smell-baby", "stay-close-to-baby"), browser.evaluate(loaded), "the first topic only");
        browser.evaluate("var s = document.getElementById('gp-filter-topic'); s.value = '1'; s.dispatchEvent(new Event('change'))");
        browser.waitUntil("return document.querySelectorAll('[data-builder-item]').length === 7");

        browser.open(large.resolve("en/checklists/builder/index.html").toUri() + "#items=massage-breasts");
        browser.waitUntil("return document.querySelectorAll('[data-builder-list] li').length === 1");
        assertEquals(List.of("close-before-feeds", "empty-breast-after-feed", "express-if-baby-cannot-suckle", "massage-breasts", "skin-to-skin",
                "smell-baby", "stay-close-to-baby"), browser.evaluate(loaded), "the first topic and the picked action's");

        // a copy that lost a part still opens, without that part's actions
        Files.delete(large.resolve("en/checklists/builder/part-1.js"));
        browser.open("about:blank");
        browser.open(large.resolve("en/checklists/builder/index.html").toUri() + "#items=massage-breasts,skin-to-skin");
        browser.waitUntil("return !document.querySelector('[data-builder-selection]').hidden");
        assertEquals(1L, browser.evaluate("return document.querySelectorAll('[data-builder-list] li').length"));
    }

    @Test
    void everyChecklistPageIsValidHtml() {
        HtmlChecker.installed().assertValid(out.resolve("en/checklists"));
        HtmlChecker.installed().assertValid(out.resolve("vi/checklists"));
    }
}
