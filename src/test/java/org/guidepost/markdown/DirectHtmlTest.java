package org.guidepost.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.guidepost.content.FrontMatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DirectHtml writes exactly the bytes flexmark's renderer writes, for every document it accepts. */
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
    })
    void writesWhatFlexmarkWrites(String markdown) {
        MarkdownPipeline.Prepared prepared = pipeline.prepare(markdown, 1);
        assertTrue(DirectHtml.canWrite(prepared.document()), "should be writable: " + markdown);
        assertEquals(pipeline.flexmarkHtml(prepared.document()), DirectHtml.write(prepared.document()));
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
    void writesTheSampleAndTestSitesAsFlexmarkDoes() throws IOException {
        List<String> bodies;
        try (Stream<Path> sample = Files.walk(Path.of("content")); Stream<Path> tests = Files.walk(Path.of("src/test/resources/sites"))) {
            bodies = Stream.concat(sample, tests).filter(file -> file.toString().endsWith(".md")).sorted().map(DirectHtmlTest::body).toList();
        }
        int written = 0;
        for (String body : bodies) {
            MarkdownPipeline.Prepared prepared = pipeline.prepare(body, 1);
            if (DirectHtml.canWrite(prepared.document())) {
                assertEquals(pipeline.flexmarkHtml(prepared.document()), DirectHtml.write(prepared.document()), body);
                written++;
            }
        }
        assertTrue(written > bodies.size() / 2, written + " of " + bodies.size() + " written directly");
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
