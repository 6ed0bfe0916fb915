package org.guidepost.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertTest {

    private final MarkdownPipeline pipeline = new MarkdownPipeline();

    @ParameterizedTest
    @CsvSource({"NOTE,note,Note", "TIP,tip,Tip", "IMPORTANT,important,Important", "WARNING,warning,Warning",
            "CAUTION,caution,Caution", "note,note,Note"})
    void rendersEachKind(String marker, String kind, String title) {
        String html = pipeline.parse("> [!" + marker + "]\n> Feed on demand.\n", 1).renderHtml(Numbering.of());

        assertEquals("<div class=\"alert alert-" + kind + "\" role=\"note\">\n<p class=\"alert-title\">" + title
                + "</p>\n<p>Feed on demand.</p>\n</div>", html.strip());
    }

    @Test
    void takesTitlesFromTheConstructor() {
        MarkdownPipeline vietnamese = new MarkdownPipeline(Map.of("warning", "Cảnh báo"));

        String html = vietnamese.parse("> [!WARNING]\n> Hot.\n\n> [!TIP]\n> Rest.\n", 1).renderHtml(Numbering.of());
        assertTrue(html.contains("<p class=\"alert-title\">Cảnh báo</p>"), html);
        assertTrue(html.contains("<p class=\"alert-title\">Tip</p>"), html);
    }

    @Test
    void keepsSeveralParagraphsAndCitationsInside() {
        ParsedMarkdown parsed = pipeline.parse("> [!IMPORTANT]\n> Skin to skin [@who].\n>\n> Second.\n", 1);

        String html = parsed.renderHtml(Numbering.of("who"));
        assertTrue(html.contains("<p>Skin to skin <a class=\"citation\" href=\"#ref-1\" role=\"doc-noteref\">[1]</a>.</p>\n<p>Second.</p>\n</div>"), html);
        assertEquals("Skin to skin. Second.", parsed.plainText());
    }

    @Test
    void leavesOtherBlockQuotesAlone() {
        String html = pipeline.parse("> [!NOTICE]\n> Not an alert.\n\n> Said [!NOTE] later.\n", 1).renderHtml(Numbering.of());

        assertFalse(html.contains("class=\"alert"), html);
        assertTrue(html.contains("<blockquote>"), html);
    }
}
