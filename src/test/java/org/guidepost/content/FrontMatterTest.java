package org.guidepost.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void splitsYamlAndBodyAndKnowsTheBodyLine() {
        FrontMatter parts = FrontMatter.split("---\nid: a\ntitle: A\n---\n# Body\n").orElseThrow();
        assertEquals("id: a\ntitle: A\n", parts.yaml());
        assertEquals("# Body\n", parts.body());
        assertEquals(5, parts.bodyFirstLine());
    }

    @Test
    void acceptsWindowsLineEndingsAndByteOrderMark() {
        FrontMatter parts = FrontMatter.split("\uFEFF---\r\nid: a\r\n---\r\nText").orElseThrow();
        assertEquals("id: a\n", parts.yaml());
        assertEquals("Text", parts.body());
    }

    @Test
    void tellsMissingFromUnclosed() {
        assertTrue(FrontMatter.split("# no front matter").isEmpty());
        assertTrue(FrontMatter.split("---\nid: a\n").isEmpty());
        assertTrue(FrontMatter.opensWithoutClosing("---\nid: a\n"));
    }
}
