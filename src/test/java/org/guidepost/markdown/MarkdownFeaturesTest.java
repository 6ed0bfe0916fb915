package org.guidepost.markdown;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownFeaturesTest {

    private final MarkdownPipeline pipeline = new MarkdownPipeline();

    @Test
    void rendersFootnotesAndKeepsTheirMarksOutOfPlainText() {
        ParsedMarkdown parsed = pipeline.parse("Colostrum is enough.[^1]\n\n[^1]: In the first days [@moh-2015].\n", 1);

        String html = parsed.renderHtml(Numbering.of("moh-2015"));
        assertTrue(html.contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>"), html);
        assertTrue(html.contains("<li id=\"fn-1\">\n<p>In the first days <a class=\"citation\" href=\"#ref-1\" role=\"doc-noteref\">[1]</a>.</p>"), html);
        assertTrue(html.contains("<a href=\"#fnref-1\" class=\"footnote-backref\">↩</a>"), html);
        assertEquals("Colostrum is enough. In the first days.", parsed.plainText());
    }

    @Test
    void rendersTablesWithAlignmentClasses() {
        String html = pipeline.parse("| Age | Feeds |\n|:-|-:|\n| 1 day | 8–12 |\n", 1).renderHtml(Numbering.of());

        assertEquals("<table><thead><tr><th class=\"align-left\">Age</th><th class=\"align-right\">Feeds</th></tr></thead>"
                + "<tbody><tr><td class=\"align-left\">1 day</td><td class=\"align-right\">8–12</td></tr></tbody></table>",
                html.strip());
    }

    @Test
    void rendersTableOfContentsFromHeadings() {
        ParsedMarkdown parsed = pipeline.parse("# Title\n\n[TOC]\n\n## First\n\n### Detail\n\n## Second [@a]\n", 1);

        String html = parsed.renderHtml(Numbering.of("a"));
        assertTrue(html.contains("<nav class=\"toc\"><ul><li><a href=\"#first\">First</a><ul><li><a href=\"#detail\">Detail</a>"
                + "</li></ul></li><li><a href=\"#second\">Second</a></li></ul></nav>"), html);
        assertEquals("Title First Detail Second", parsed.plainText());
    }

    @Test
    void strikesThroughWithDoubleTildesOnly() {
        String html = pipeline.parse("~~old~~ and ~not~\n", 1).renderHtml(Numbering.of());

        assertEquals("<p><del>old</del> and ~not~</p>", html.strip());
    }

    @Test
    void collectsLinksAndImagesWithFileLines() {
        String body = "See [the guide](https://example.org/guide \"Guide\") or www.example.com.\n"
                + "Mail <help@example.org> and [ref][r].\n\n"
                + "![Latch](latch.png) ![](empty.png)\n\n"
                + "<p><a href=\"/local/\">local</a> <img src=\"raw.png\"> <img src=\"alt.png\" alt=\"\"></p>\n\n"
                + "[r]: https://example.org/ref\n";
        ParsedMarkdown parsed = pipeline.parse(body, 4);

        assertEquals(List.of(
                new LinkRef("https://example.org/guide", 4, 5),
                new LinkRef("http://www.example.com", 4, 55),
                new LinkRef("mailto:help@example.org", 5, 6),
                new LinkRef("https://example.org/ref", 5, 29),
                new LinkRef("/local/", 9, 4)), parsed.links());
        assertEquals(List.of(
                new ImageRef("latch.png", "Latch", 7, 1),
                new ImageRef("empty.png", "", 7, 21),
                new ImageRef("raw.png", null, 9, 32),
                new ImageRef("alt.png", "", 9, 52)), parsed.images());
    }

    @Test
    void reportsFileLinesAfterFrontMatterWithAnyLineEnding() {
        ParsedMarkdown parsed = pipeline.parse("Intro\r\n\r\n- [ ] Item [@k]\r\n", 7);

        assertEquals(new CitationRef("k", null, 9, 13), parsed.citations().get(0));
        assertEquals(9, parsed.taskItems().get(0).line());
    }

    @Test
    void countsColumnsInCharactersNotBytes() {
        ParsedMarkdown parsed = pipeline.parse("Sữa mẹ là tốt nhất [@moh-2015]\n", 1);

        assertEquals(21, parsed.citations().get(0).column());
    }

    @Test
    void normalizesPlainTextWhitespace() {
        ParsedMarkdown parsed = pipeline.parse("# Title\n\nOne\ntwo  **three**.\n\n- a\n- b\n", 1);

        assertEquals("Title One two three. a b", parsed.plainText());
    }

    @Test
    void givesTheSameOutputForTheSameInputAcrossThreads() throws Exception {
        String body = "# T\n\n[TOC]\n\n## A [@a]\n\n- [ ] Do {#do .daily}\n\n> [!TIP]\n> x[^1]\n\n[^1]: n\n";
        String expected = pipeline.parse(body, 1).renderHtml(Numbering.of("a"));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = threads.invokeAll(Collections.nCopies(16,
                    () -> pipeline.parse(body, 1).renderHtml(Numbering.of("a"))));
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            threads.shutdown();
        }
        assertFalse(expected.isEmpty());
    }
}
