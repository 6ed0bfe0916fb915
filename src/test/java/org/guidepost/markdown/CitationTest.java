package org.guidepost.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationTest {

    private final MarkdownPipeline pipeline = new MarkdownPipeline();

    @Test
    void readsKeyAndLocatorInDocumentOrder() {
        ParsedMarkdown parsed = pipeline.parse("Water helps [@moh-2015, p. 12]. So does rest [@cole-2020].\n", 1);

        assertEquals(List.of(
                new CitationRef("moh-2015", "p. 12", 1, 14),
                new CitationRef("cole-2020", null, 1, 47)), parsed.citations());
    }

    @Test
    void readsSeveralKeysInOneBracket() {
        ParsedMarkdown parsed = pipeline.parse("Both agree [@a; @b, ch. 3].\n", 1);

        assertEquals(List.of(new CitationRef("a", null, 1, 13), new CitationRef("b", "ch. 3", 1, 17)), parsed.citations());
        assertEquals("<p>Both agree <a class=\"citation\" href=\"#ref-2\" role=\"doc-noteref\">[2]</a>"
                + "<a class=\"citation\" href=\"#ref-1\" role=\"doc-noteref\">[1, ch. 3]</a>.</p>",
                parsed.renderHtml(Numbering.of("b", "a")).strip());
    }

    @Test
    void rendersNumbersTheCallerChooses() {
        ParsedMarkdown parsed = pipeline.parse("Rest [@x, p. 4] and eat [@y].", 1);

        assertEquals("<p>Rest <a class=\"citation\" href=\"#ref-7\" role=\"doc-noteref\">[7, p. 4]</a> and eat "
                + "<a class=\"citation\" href=\"#ref-3\" role=\"doc-noteref\">[3]</a>.</p>",
                parsed.renderHtml(key -> OptionalInt.of(key.equals("x") ? 7 : 3)).strip());
    }

    @Test
    void marksUnknownKeysWithoutLinkingThem() {
        ParsedMarkdown parsed = pipeline.parse("Claim [@nobody].", 1);

        assertEquals("<p>Claim <span class=\"citation citation-unknown\">[?nobody]</span>.</p>",
                parsed.renderHtml(Numbering.of()).strip());
    }

    @Test
    void leavesCitationsInCodeAsLiteralText() {
        ParsedMarkdown parsed = pipeline.parse("Write `[@key]` to cite.\n\n```\n[@key]\n```\n\n    [@indented]\n", 1);

        assertTrue(parsed.citations().isEmpty());
        String html = parsed.renderHtml(Numbering.of("key"));
        assertTrue(html.contains("<code>[@key]</code>"), html);
        assertTrue(html.contains("<pre><code>[@key]\n</code></pre>"), html);
        assertTrue(html.contains("[@indented]"), html);
    }

    @Test
    void leavesOrdinaryBracketsAndLinksAlone() {
        ParsedMarkdown parsed = pipeline.parse("[see @a] and [@b](https://example.org) and [@] and [x@y]\n", 1);

        assertTrue(parsed.citations().isEmpty());
        assertEquals(List.of(new LinkRef("https://example.org", 1, 14)), parsed.links());
        String html = parsed.renderHtml(Numbering.of());
        assertTrue(html.contains("[see @a]"), html);
        assertTrue(html.contains("<a href=\"https://example.org\">@b</a>"), html);
    }

    @Test
    void escapesLocatorsAndKeepsCitationsOutOfPlainText() {
        ParsedMarkdown parsed = pipeline.parse("Dose <b>matters</b> [@a, table <2>].", 1);

        assertEquals("table <2>", parsed.citations().get(0).locator());
        assertTrue(parsed.renderHtml(Numbering.of("a")).contains("[1, table &lt;2&gt;]</a>"));
        assertEquals("Dose matters.", parsed.plainText());
    }

    @Test
    void authorsCannotForgeCitationPlaceholders() {
        ParsedMarkdown parsed = pipeline.parse("Text \uFDD00\uFDD1 [@a]", 1);

        String html = parsed.renderHtml(Numbering.of("a"));
        assertEquals(1, html.split("class=\"citation\"", -1).length - 1, html);
        assertFalse(html.contains("\uFDD0"), html);
    }
}
