package org.guidepost.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.guidepost.content.FrontMatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DirectHtml gives exactly what flexmark's renderer and the sanitizer give (HTML, plain text, task items), for every document it accepts. */
class DirectHtmlTest {

    private final MarkdownPipeline pipeline = new MarkdownPipeline(Map.of("note", "Lưu ý"));

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "One paragraph.",
            "# Title\n\nText *emphasis* and **strong** and ***both***.\n\n## Second\n\nMore.",
            "Line one\nline two  \nhard break\\\nand a backslash break.",
            "Escapes: \\* \\_ \\[ \\\\ \\& and \"quotes\" 'single' & a > b",
            "- one\n- two\n  - nested\n  - nested too\n- three",
            "- loose\n\n- items\n\n  with two paragraphs\n",
            "- [ ] tight task [@src-1] {#t-1 .daily who=mother topic=feeding}\n- [x] done task {#t-2 .once}\n- [ ] no attributes",
            "- [ ] loose task {#l-1 .daily}\n\n  with more text\n\n- [ ] second {#l-2}",
            "> A quote\n> on two lines\n\n> - with a list\n> - inside",
            "> [!NOTE]\n> An alert with **bold** text.\n\n> [!WARNING]\n> Careful.",
            "Text before\n\n---\n\n***\n\nText after",
            "| Age | Amount | How often |\n|---|:---:|--:|\n| 0–3 | a lot | often |\n| 3–6 | *less* | [@src-2] |",
            "| a | b |\n|:--|---|\n| only one |",
            "[TOC]\n\n# A\n\n## B",
            "Citations [@src-1] and [@src-2, p. 12] and [@a; @b].",
            "Sữa mẹ là thức ăn tốt nhất cho trẻ.\n\n## Bú đêm\n\n- [ ] Cho bú thường xuyên {#bu-1 .every-night}",
            "   Indented start\n   of a paragraph",
            "No-break\u00A0space, soft\u00ADhyphen, zero\u200Bwidth, control\u0001char, nul\u0000char, form\ffeed",
            "Emoji 👶 and 🍼, a lone \uD800 surrogate, a code point whose low half looks like one: \uD836\uDC00",
            "Quotes in an alert title and task attributes:\n\n- [ ] item {#q-1 .a who=\"a & b\"}",
            "Windows\r\nline\r\nbreaks\r\n\r\n- [ ] and an item\r\n",
            "> [!TIP]\n> Tip [@src-1] with *em* [@src-2].",
            "Text right before a citation  [@src-1], after a no-break space\u00A0[@src-2], at the end [@src-3]",
            "- [ ] outer {#o-1}\n  - [ ] inner {#i-1}\n  - plain sub-item\n- [x] done",
            "- item\n\n  ---\n\n  after a rule\n- | not | a table |",
            "# Heading *with* [@src-1]\n\nText\\\nafter a break",
            "[TOC]\n\n## \"Quoted\" & a < b\u00A0c\n\n### Third",
    })
    void writesWhatTheLongWayGives(String markdown) {
        assertTrue(DirectHtml.canWrite(pipeline.prepare(markdown, 1).document()), "should be writable: " + markdown);
        assertSameResult(markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "A [link](https://example.org).",
            "An ![image](a.png).",
            "Some `code`.",
            "```\nfenced\n```",
            "<b>raw html</b>",
            "A footnote[^1].\n\n[^1]: The note.",
            "A paragraph with attributes {.lead}",
            "1. ordered\n2. list",
            "~~struck~~",
            "## A heading with an explicit id {#explicit-id}",
            "Entities &amp; &copy; &#233;",
    })
    void leavesOtherDocumentsToFlexmark(String markdown) {
        assertFalse(DirectHtml.canWrite(pipeline.prepare(markdown, 1).document()), markdown);
    }

    @Test
    void writesTheSampleAndTestSitesAsTheLongWayDoes() throws IOException {
        List<String> bodies;
        try (Stream<Path> sample = Files.walk(Path.of("content")); Stream<Path> tests = Files.walk(Path.of("src/test/resources/sites"))) {
            bodies = Stream.concat(sample, tests).filter(file -> file.toString().endsWith(".md")).sorted().map(DirectHtmlTest::body).toList();
        }
        int written = 0;
        for (String body : bodies) {
            if (DirectHtml.canWrite(pipeline.prepare(body, 1).document())) {
                assertSameResult(body);
                written++;
            }
        }
        assertTrue(written > bodies.size() / 2, written + " of " + bodies.size() + " written directly");
    }

    private void assertSameResult(String markdown) {
        ParsedMarkdown direct = pipeline.parse(markdown, 3);
        ParsedMarkdown longWay = pipeline.sanitized(pipeline.prepare(markdown, 3));
        assertEquals(longWay.renderHtml(key -> OptionalInt.of(key.length())), direct.renderHtml(key -> OptionalInt.of(key.length())), markdown);
        assertEquals(longWay.plainText(), direct.plainText(), markdown);
        assertEquals(longWay.taskItems(), direct.taskItems(), markdown);
    }

    private static String body(Path file) {
        try {
            String text = Files.readString(file);
            return FrontMatter.split(text).map(FrontMatter::body).orElse(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
