package org.guidepost.markdown;

import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.NodeAttributeRepository;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The regex-free attribute reader gives exactly the tree flexmark's attributes extension gives. */
class QuickAttributesTest {

    /** Pairs of parsers, flexmark's extension and the quick one, without and with the autolink pass (as the pipeline has both). */
    private static final List<Parser[]> PARSERS = List.of(
            new Parser[] {parser(List.of(TaskListExtension.create(), AttributesExtension.create())),
                    parser(List.of(TaskListExtension.create(), new QuickAttributes()))},
            new Parser[] {parser(List.of(TaskListExtension.create(), AutolinkExtension.create(), AttributesExtension.create())),
                    parser(List.of(TaskListExtension.create(), AutolinkExtension.create(), new QuickAttributes()))});

    private static Parser parser(List<Extension> extensions) {
        return Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, extensions).toImmutable()).build();
    }

    @Test
    void givesTheExtensionsTreeForWrittenBlocks() {
        List<String> cases = List.of(
                "- [ ] Feed on demand {#feed .daily who=mother topic=feeding}",
                "## Heading {#custom-id}",
                "Text {.a .b #c}",
                "Text {title='with } brace' data-x=\"quoted value\"}",
                "Text { #spaced   .classes }",
                "Text {a = b c= d e =f}",
                "Text {a=}", "Text {a= }", "Text {=a}", "Text {#}", "Text {.}", "Text {}", "Text { }", "Text {{#x}}",
                "Text {#a#b.c}", "Text {a=b=c}", "Text {a='x'y}", "Text {a=\"unclosed}", "Text {a=b", "Text {#a",
                "Text {#a\n.b}", "Text {#a\tb=\"line\nbreak\"}", "Text {1a}", "Text {:a _b}", "Text {a-b.c:d}",
                "Text {a=<b>}", "Text {a=`b`}", "Text {a} {b} {#c .d}", "*em*{.x} `code`{#y} [link](u){.z}",
                "Text {#ünïcode .ok}", "Text {a=''}", "Text {a=\"\"}", "Text {a='b' c}", "Text {#a}tail",
                "Text \\{#escaped}", "| a | b |\n|---|---|\n| {#c} | d |",
                "See https://example.org/a {.link} and www.example.org{#w} or me@example.org {title=x}",
                "- item {#a}\n- item {#b}\n\n  para {.c}\n\n> quote {#q}\n\n# H {#h} {.x}",
                "Text {#a} {#b}", "Text {#a}{.b} tail {c=d}", "{#start} text", "*a*{#em} **b** {.s}");
        for (String markdown : cases) {
            assertSameTree(markdown);
        }
    }

    @Test
    void givesTheExtensionsTreeForRandomText() {
        String alphabet = "{{{}}}##..==  \n\t'\"aZb1-_:<`x\\*[]@/w";
        Random random = new Random(20261203);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder markdown = new StringBuilder(i % 3 == 0 ? "- [ ] item " : "Text ");
            int length = 1 + random.nextInt(24);
            for (int j = 0; j < length; j++) {
                markdown.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameTree(markdown.toString());
        }
    }

    @Test
    void readsTheUsualBlockItselfAndLeavesTheRest() {
        assertEquals(List.of("#feed", ".daily", "who=mother", "title='a } b'"),
                readItself("Feed on demand {#feed .daily who=mother title='a } b'} tail"));
        assertEquals(List.of(), readItself("Text {a=}"), "an = without a value is the extension's to read");
        assertEquals(List.of(), readItself("Text {a=\"unclosed}"));
        assertEquals(List.of(), readItself("Text {#a"));
    }

    /** The attributes the quick reader reads itself from the block at the first brace; none when it leaves the block. */
    private static List<String> readItself(String text) {
        BasedSequence input = BasedSequence.of(text);
        List<QuickAttributes.Attribute> attributes = new ArrayList<>();
        if (QuickAttributes.scan(input, text.indexOf('{'), attributes) < 0) {
            return List.of();
        }
        return attributes.stream().map(a -> text.substring(a.nameStart(), a.hasValue() ? a.valueEnd() : a.nameEnd())).toList();
    }

    private static void assertSameTree(String markdown) {
        for (Parser[] pair : PARSERS) {
            assertEquals(tree(pair[0].parse(markdown)), tree(pair[1].parse(markdown)), () -> "for: " + markdown);
        }
    }

    /** Every node with its class, offsets, the attribute blocks it owns and, for attributes, each part's offsets and text. */
    private static String tree(Document document) {
        StringBuilder out = new StringBuilder();
        append(document, AttributesExtension.NODE_ATTRIBUTES.get(document), 0, out);
        return out.toString();
    }

    private static void append(Node node, NodeAttributeRepository owners, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName())
                .append('[').append(node.getStartOffset()).append(',').append(node.getEndOffset()).append(']');
        List<AttributesNode> owned = owners.get(node);
        if (owned != null) {
            owned.forEach(block -> out.append(" owns ").append(block.getStartOffset()).append('-').append(block.getEndOffset()));
        }
        if (node instanceof AttributeNode || node instanceof AttributesNode) {
            for (BasedSequence segment : node.getSegments()) {
                out.append(' ').append(segment.isNull() ? "null" : segment.getStartOffset() + "-" + segment.getEndOffset() + ":" + segment);
            }
        }
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, owners, depth + 1, out);
        }
    }
}
