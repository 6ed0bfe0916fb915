package org.guidepost.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Offline search on the built sample site, in real Chromium, opened by file:// (no server, no network). */
class SearchBrowserTest extends SampleSiteBrowserTest {

    static List<String> search(String lang, String query) {
        browser.open(out.resolve(lang + "/search/index.html").toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        browser.waitUntil("var s = document.getElementById('gp-search-status'); return s.textContent !== '' && s.textContent.indexOf('…') < 0");
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) browser.evaluate(
                "return Array.prototype.map.call(document.querySelectorAll('#gp-search-results a.gp-search-title'), function (a) { return a.getAttribute('href'); })");
        return hrefs;
    }

    @Test
    void vietnameseWithoutDiacriticsFindsTheVietnameseSeed() {
        List<String> results = search("vi", "sua me");
        assertTrue(!results.isEmpty() && results.get(0).endsWith("vi/huong-dan/giai-phap-tang-tiet-sua/index.html"), results.toString());
        assertTrue(browser.driver().findElements(By.cssSelector("#gp-search-results mark")).size() > 0);
        assertEquals(List.of(), browser.remoteRequests());
    }

    @Test
    void prolactinFindsBothEnglishSeeds() {
        List<String> results = search("en", "prolactin");
        assertTrue(results.stream().anyMatch(r -> r.endsWith(SampleSiteTest.EN_SEED_000)), results.toString());
        assertTrue(results.stream().anyMatch(r -> r.endsWith(SampleSiteTest.EN_SEED_003)), results.toString());
        assertTrue(results.stream().allMatch(r -> r.contains("en/guides/")), results.toString());
    }

    @Test
    void aTypoStillFindsThem() {
        List<String> results = search("en", "oxytoxin");
        assertTrue(results.stream().anyMatch(r -> r.endsWith(SampleSiteTest.EN_SEED_000)), results.toString());
        assertTrue(results.stream().anyMatch(r -> r.endsWith(SampleSiteTest.EN_SEED_003)), results.toString());
    }

    @Test
    void markupInTheQueryIsShownAsText() {
        String attack = "<img src=x onerror=alert(1)>";
        search("en", attack);
        assertEquals(0L, browser.evaluate("return document.querySelectorAll('#gp-search img, #gp-search-status img').length"));
        assertTrue(browser.driver().findElement(By.id("gp-search-status")).getText().contains(attack));
        assertEquals(attack, browser.driver().findElement(By.id("gp-search-input")).getAttribute("value"));
    }

    @Test
    void theHeaderFormOfAnArticleLeadsToResults() {
        browser.open(out.resolve(SampleSiteTest.EN_SEED_003));
        WebElement input = browser.driver().findElement(By.id("gp-search-input"));
        input.sendKeys("skin to skin", Keys.ENTER);
        browser.waitUntil("return document.querySelectorAll('#gp-search-results a').length > 0");
        assertTrue(browser.driver().getCurrentUrl().contains("/en/search/index.html?q=skin"), browser.driver().getCurrentUrl());
    }
}
