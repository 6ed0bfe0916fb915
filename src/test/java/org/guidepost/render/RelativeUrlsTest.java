package org.guidepost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelativeUrlsTest {

    @Test
    void linksBetweenPagesAreRelativeAndPointAtFiles() {
        assertEquals("../../../vi/huong-dan/sua/index.html", RelativeUrls.between("en/guides/milk/index.html", "vi/huong-dan/sua/index.html"));
        assertEquals("../index.html", RelativeUrls.between("en/guides/index.html", "en/index.html"));
        assertEquals("index.html", RelativeUrls.between("en/guides/index.html", "en/guides/index.html"));
        assertEquals("en/index.html", RelativeUrls.between("index.html", "en/index.html"));
        assertEquals("../../assets/style.css", RelativeUrls.between("en/topics/index.html", "assets/style.css"));
    }

    @Test
    void rootIsOneStepUpPerFolder() {
        assertEquals("", RelativeUrls.rootOf("index.html"));
        assertEquals("../../../", RelativeUrls.rootOf("en/guides/milk/index.html"));
    }

    @Test
    void escapesCharactersThatWouldBreakTheUrl() {
        assertEquals("a%20b/c%23d.png", RelativeUrls.between("index.html", "a b/c#d.png"));
    }
}
