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
        assertEquals("../guides/", RelativeUrls.between("en/topics/index.html", "en/guides/"));
        assertEquals("./", RelativeUrls.between("en/guides/index.html", "en/guides/"));
        assertEquals("../guide/a.html", RelativeUrls.between("en/guides/index.html", "en/guide/a.html"));
        assertEquals("../../guides-old/x/a.html", RelativeUrls.between("en/guides/a/index.html", "en/guides-old/x/a.html"));
        assertEquals("../../en", RelativeUrls.between("en/guides/index.html", "en"));
        assertEquals("index.html", RelativeUrls.between("index.html", "index.html"));
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
