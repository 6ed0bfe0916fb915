package org.guidepost.markdown;

import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regex-free attribute reader gives exactly the tree flexmark's attributes extension gives alone. */
class QuickAttributesTest {

    private static final Parser FLEXMARK_ONLY = parser(List.of(TaskListExtension.create(), AttributesExtension.create()));
    private static final Parser WITH_QUICK = parser(List.of(TaskListExtension.create(), AttributesExtension.create(), new QuickAttributes()));
    private static final Parser QUICK_ALONE = parser(List.of(new QuickAttributes()));

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
                "Text \\{#escaped}", "| a | b |\n|---|---|\n| {#c} | d |");
        for (String markdown : cases) {
            assertSameTree(markdown);
        }
    }

    @Test
    void givesTheExtensionsTreeForRandomText() {
        String alphabet = "{{{}}}##..==  \n\t'\"aZb1-_:<`x\\*[]";
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
        Node read = QUICK_ALONE.parse("- [ ] Feed on demand {#feed .daily who=mother}");
        AttributesNode block = (AttributesNode) firstOf(read, AttributesNode.class);
        assertEquals(List.of("#feed", ".daily", "who=mother"), attributeTexts(block));

        assertTrue(firstOf(QUICK_ALONE.parse("Text {a=}"), AttributesNode.class) == null, "an = without a value is the extension's to read");
        assertTrue(firstOf(QUICK_ALONE.parse("Text {a=\"unclosed}"), AttributesNode.class) == null);
    }

    private static void assertSameTree(String markdown) {
        assertEquals(tree(FLEXMARK_ONLY.parse(markdown)), tree(WITH_QUICK.parse(markdown)), () -> "for: " + markdown);
    }

    private static List<String> attributeTexts(AttributesNode block) {
        return java.util.stream.StreamSupport.stream(block.getChildren().spliterator(), false)
                .map(child -> child.getChars().toString()).toList();
    }

    private static Node firstOf(Node root, Class<? extends Node> type) {
        for (Node node : root.getDescendants()) {
            if (type.isInstance(node)) {
                return node;
            }
        }
        return null;
    }

    /** Every node with its class, offsets and, for attributes, each part's offsets and text. */
    private static String tree(Node root) {
        StringBuilder out = new StringBuilder();
        append(root, 0, out);
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName())
                .append('[').append(node.getStartOffset()).append(',').append(node.getEndOffset()).append(']');
        if (node instanceof AttributeNode || node instanceof AttributesNode) {
            for (BasedSequence segment : node.getSegments()) {
                out.append(' ').append(segment.isNull() ? "null" : segment.getStartOffset() + "-" + segment.getEndOffset() + ":" + segment);
            }
        }
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, out);
        }
    }
}
