package org.guidepost.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A reader switches language from an article page, in real Chromium, on the site opened by file://. */
class LanguageSwitchBrowserTest extends SampleSiteBrowserTest {

    @Test
    void switchesFromEnglishToVietnameseAndBack() {
        browser.open(out.resolve(SampleSiteTest.EN_SEED_000));
        assertEquals("en", browser.evaluate("return document.documentElement.lang"));
        browser.driver().findElement(By.cssSelector(".language-switcher a[hreflang=vi]")).click();
        browser.waitUntil("return document.documentElement.lang === 'vi'");
        assertTrue(browser.driver().getCurrentUrl().startsWith("file://"), browser.driver().getCurrentUrl());
        assertTrue(browser.driver().getCurrentUrl().endsWith("/vi/huong-dan/giai-phap-tang-tiet-sua/index.html"), browser.driver().getCurrentUrl());
        assertEquals("Giải pháp tăng tiết sữa sau sinh cho bà mẹ", browser.driver().findElement(By.tagName("h1")).getText());

        browser.driver().findElement(By.cssSelector(".language-switcher a[hreflang=en]")).click();
        browser.waitUntil("return document.documentElement.lang === 'en'");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/" + SampleSiteTest.EN_SEED_000));
        assertEquals(0, browser.remoteRequests().size(), browser.remoteRequests().toString());
    }

    @Test
    void theSwitcherWorksFromTheKeyboard() {
        browser.open(out.resolve("vi/index.html"));
        browser.evaluate("document.querySelector('.language-switcher a[hreflang=en]').focus()");
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUntil("return document.documentElement.lang === 'en'");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/en/index.html"));
    }
}
