package org.guidepost.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugifierTest {

    @Test
    void foldsVietnameseToAsciiIncludingDStroke() {
        assertEquals("giai-phap-tang-tiet-sua", Slugifier.slugify("Giải pháp tăng tiết sữa"));
        assertEquals("duong-va-sua-me", Slugifier.slugify("Đường và sữa mẹ"));
    }

    @Test
    void foldsOtherLatinLetters() {
        assertEquals("strasse-og-lob", Slugifier.slugify("Straße og løb"));
        assertEquals("creme-brulee", Slugifier.slugify("  Crème   brûlée!  "));
    }

    @Test
    void keepsScriptsWithoutLatinFormWithTheirMarks() {
        assertEquals("นมแม่", Slugifier.slugify("นมแม่"));
        assertEquals("الرضاعة-الطبيعية", Slugifier.slugify("الرضاعة الطبيعية"));
        assertEquals("母乳", Slugifier.slugify("母乳"));
    }

    @Test
    void returnsEmptyWhenNothingUsableIsLeft() {
        assertEquals("", Slugifier.slugify("!!! ---"));
    }
}
