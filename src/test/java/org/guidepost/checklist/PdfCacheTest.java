package org.guidepost.checklist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfCacheTest {

    @TempDir
    Path site;

    private final AtomicInteger renders = new AtomicInteger();
    private PdfFont font;

    @BeforeEach
    void font() throws IOException {
        font = new PdfFont("Test Sans", Files.writeString(site.resolve("regular.ttf"), "regular"), site.resolve("no-bold.ttf"));
    }

    @Test
    void anUnchangedChecklistReusesItsPdf() {
        PdfCache cache = PdfCache.in(site);
        byte[] first = cache.pdf("en-daily", "<p>Drink water</p>", font, () -> render("one"));
        byte[] again = PdfCache.in(site).pdf("en-daily", "<p>Drink water</p>", font, () -> render("two"));
        assertArrayEquals(first, again);
        assertEquals(1, renders.get());
    }

    @Test
    void changedHtmlOrFontLaysItOutAgain() throws IOException {
        PdfCache cache = PdfCache.in(site);
        cache.pdf("en-daily", "<p>Drink water</p>", font, () -> render("one"));
        byte[] edited = cache.pdf("en-daily", "<p>Drink more water</p>", font, () -> render("two"));
        assertEquals("two", new String(edited, StandardCharsets.UTF_8));
        Files.writeString(font.regular(), "another version of the font");
        byte[] newFont = cache.pdf("en-daily", "<p>Drink more water</p>", font, () -> render("three"));
        assertEquals("three", new String(newFont, StandardCharsets.UTF_8));
        assertEquals(3, renders.get());
    }

    @Test
    void aDamagedEntryIsMadeAgain() throws IOException {
        PdfCache cache = PdfCache.in(site);
        cache.pdf("en-daily", "<p>Drink water</p>", font, () -> render("one"));
        Files.writeString(site.resolve(".guidepost-cache/pdf/en-daily.pdf-cache"), "cut sh");
        byte[] pdf = cache.pdf("en-daily", "<p>Drink water</p>", font, () -> render("two"));
        assertEquals("two", new String(pdf, StandardCharsets.UTF_8));
    }

    @Test
    void aSiteFolderThatCannotBeWrittenOnlyLosesTheSpeedUp() throws IOException {
        Files.writeString(site.resolve(".guidepost-cache"), "a file where the cache folder would go");
        byte[] pdf = PdfCache.in(site).pdf("en-daily", "<p>Drink water</p>", font, () -> render("one"));
        assertEquals("one", new String(pdf, StandardCharsets.UTF_8));
    }

    private byte[] render(String text) {
        renders.incrementAndGet();
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
