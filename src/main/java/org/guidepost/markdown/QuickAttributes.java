package org.guidepost.markdown;

import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.AttributesInlineParserExtension;
import com.vladsch.flexmark.ext.attributes.internal.AttributesNodePostProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * flexmark's attributes extension with a reader of attribute blocks ({@code {#id .class name=value}}) that needs no
 * regular expressions: the extension's reader took a sixth of all Markdown parsing on a site with task items, and
 * compiled its two patterns again for every document. This one scans a block the way the extension's pattern would
 * match it first (every choice greedy, each optional part taken when it can be) and builds the same nodes; a block it
 * cannot read that way (an {@code =} without value, an unclosed quote, no closing brace) goes to the extension's own
 * reader, made for the document when it first meets one. Options, owners of the attributes and HTML are the extension's.
 */
final class QuickAttributes implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final AttributesExtension extension = AttributesExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        extension.parserOptions(options);
    }

    /** What {@link AttributesExtension} registers, with this reader for its own and {@link OwnerAssignment} for its node pass. */
    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessorFactory(new DocumentPostProcessorFactory() {
            @Override
            public DocumentPostProcessor apply(Document document) {
                return new OwnerAssignment();
            }
        });
        parser.customInlineParserExtensionFactory(new Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        extension.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        extension.extend(renderer, rendererType);
    }

    private static final class Factory implements InlineParserExtensionFactory {

        @Override
        public CharSequence getCharacters() {
            return "{";
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new BlockReader(inlineParser);
        }
    }

    /**
     * Gives each attribute block its owner with the extension's own post-processor, block by block in document order,
     * as flexmark does for a node post-processor, but without the pass that first sorts every node of the document by
     * its class for it (1.5 % of a build: the extension's is the only such pass unless a text has a bare link).
     */
    private static final class OwnerAssignment extends DocumentPostProcessor {

        @Override
        public Document processDocument(Document document) {
            List<Node> blocks = new ArrayList<>();
            collectBlocks(document, blocks);
            if (blocks.isEmpty()) {
                return document;
            }
            Set<Node> removed = Collections.newSetFromMap(new IdentityHashMap<>());
            NodeTracker tracker = new BlockTracker(blocks, removed);
            AttributesNodePostProcessor assigner = new AttributesNodePostProcessor(document);
            for (int i = 0; i < blocks.size(); i++) {
                if (!removed.contains(blocks.get(i))) {
                    assigner.process(tracker, blocks.get(i));
                }
            }
            return document;
        }

        private static void collectBlocks(Node parent, List<Node> blocks) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof AttributesNode) {
                    blocks.add(child);
                }
                collectBlocks(child, blocks);
            }
        }
    }

    /** Keeps the list of blocks to assign up to date as the assignment adds and removes nodes, as flexmark's tracker does. */
    private record BlockTracker(List<Node> blocks, Set<Node> removed) implements NodeTracker {

        @Override
        public void nodeAdded(Node node) {
            if (node instanceof AttributesNode) {
                blocks.add(node);
            }
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
            nodeAdded(node);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodeAdded(child);
            }
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
            nodeAdded(node);
            node.getDescendants().forEach(this::nodeAdded);
        }

        @Override
        public void nodeRemoved(Node node) {
            removed.add(node);
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
            removed.add(node);
            node.getChildren().forEach(removed::add);
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
            removed.add(node);
            node.getDescendants().forEach(removed::add);
        }
    }

    /** One attribute's name and, when it has one, its value (quotes included), as offsets into the paragraph. */
    record Attribute(int nameStart, int nameEnd, int valueStart, int valueEnd) {

        boolean hasValue() {
            return valueStart >= 0;
        }
    }

    private static final class BlockReader implements InlineParserExtension {

        private final LightInlineParser inlineParser;
        /** The extension's reader, for the blocks this one leaves; null until the document has one. */
        private InlineParserExtension extensionsReader;

        BlockReader(LightInlineParser inlineParser) {
            this.inlineParser = inlineParser;
        }

        @Override
        public void finalizeDocument(InlineParser parser) {
            if (extensionsReader != null) {
                extensionsReader.finalizeDocument(parser);
            }
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
            if (extensionsReader != null) {
                extensionsReader.finalizeBlock(parser);
            }
        }

        @Override
        public boolean parse(LightInlineParser parser) {
            BasedSequence input = parser.getInput();
            int open = parser.getIndex();
            List<Attribute> attributes = new ArrayList<>();
            int close = scan(input, open, attributes);
            if (close < 0) {
                if (extensionsReader == null) {
                    extensionsReader = new AttributesInlineParserExtension.Factory().apply(inlineParser);
                }
                return extensionsReader.parse(parser);
            }
            parser.setIndex(close + 1);
            BasedSequence whole = input.subSequence(open, close + 1);
            AttributesNode block = new AttributesNode(whole.subSequence(0, 1), input.subSequence(open + 1, close), whole.endSequence(1));
            block.setCharsFromContent();
            parser.flushTextNode();
            parser.getBlock().appendChild(block);
            for (Attribute attribute : attributes) {
                block.appendChild(node(input, attribute));
            }
            return true;
        }
    }

    private static AttributeNode node(BasedSequence input, Attribute attribute) {
        BasedSequence name = input.subSequence(attribute.nameStart(), attribute.nameEnd());
        if (!attribute.hasValue()) {
            return AttributeNode.isImplicitName(name)
                    ? new AttributeNode(name.subSequence(0, 1), BasedSequence.NULL, BasedSequence.NULL, name.subSequence(1), BasedSequence.NULL)
                    : new AttributeNode(name, BasedSequence.NULL, BasedSequence.NULL, BasedSequence.NULL, BasedSequence.NULL);
        }
        BasedSequence separator = input.subSequence(attribute.nameEnd(), attribute.valueStart()).trim();
        BasedSequence value = input.subSequence(attribute.valueStart(), attribute.valueEnd());
        char first = value.charAt(0);
        if (first == '"' || first == '\'') {
            return new AttributeNode(name, separator, value.subSequence(0, 1), value.midSequence(1, -1), value.endSequence(1));
        }
        return new AttributeNode(name, separator, BasedSequence.NULL, value, BasedSequence.NULL);
    }

    /**
     * The offset of the block's closing brace, with its attributes added to {@code attributes}; -1 when the block
     * is not one this reads (flexmark's extension then looks at it).
     */
    static int scan(BasedSequence input, int open, List<Attribute> attributes) {
        int length = input.length();
        if (open + 1 < length && input.charAt(open + 1) == '{') {
            return -1;
        }
        int at = skipSpace(input, open + 1);
        while (true) {
            int nameEnd = nameEnd(input, at);
            if (nameEnd < 0) {
                return -1;
            }
            int afterName = skipSpace(input, nameEnd);
            int next = afterName;
            int valueStart = -1;
            int valueEnd = -1;
            if (afterName < length && input.charAt(afterName) == '=') {
                valueStart = skipSpace(input, afterName + 1);
                valueEnd = valueEnd(input, valueStart);
                if (valueEnd < 0) {
                    return -1;
                }
                next = skipSpace(input, valueEnd);
            }
            attributes.add(new Attribute(at, nameEnd, valueStart, valueEnd));
            if (next >= length) {
                return -1;
            }
            if (input.charAt(next) == '}') {
                return next;
            }
            // the next attribute must be set off by white space
            if (next == (valueEnd >= 0 ? valueEnd : nameEnd)) {
                return -1;
            }
            at = next;
        }
    }

    /** The end of an {@code #id}, {@code .class} or attribute name starting at {@code at}, or -1. */
    private static int nameEnd(BasedSequence input, int at) {
        int length = input.length();
        if (at >= length) {
            return -1;
        }
        char first = input.charAt(at);
        if (first == '#' || first == '.') {
            int end = unquotedEnd(input, at + 1);
            return end > at + 1 ? end : -1;
        }
        if (!(isAsciiLetter(first) || first == '_' || first == ':')) {
            return -1;
        }
        int end = at + 1;
        while (end < length && isNameChar(input.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The end of a value starting at {@code at}: quoted with ' or ", or unquoted; -1 when there is none. */
    private static int valueEnd(BasedSequence input, int at) {
        char quote = at < input.length() ? input.charAt(at) : ' ';
        if (quote == '"' || quote == '\'') {
            int close = input.indexOf(quote, at + 1);
            return close < 0 ? -1 : close + 1;
        }
        int end = unquotedEnd(input, at);
        return end > at ? end : -1;
    }

    private static int unquotedEnd(BasedSequence input, int at) {
        int end = at;
        while (end < input.length() && isUnquoted(input.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int skipSpace(BasedSequence input, int at) {
        int end = at;
        while (end < input.length() && isSpace(input.charAt(end))) {
            end++;
        }
        return end;
    }

    /** White space as {@code \s} in Java's patterns. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A character of an unquoted value, an id or a class: anything but quotes, =, <, >, braces, ` and control or space characters. */
    private static boolean isUnquoted(char c) {
        return c > ' ' && "\"'=<>{}`".indexOf(c) < 0;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == ':' || c == '.' || c == '_' || c == '-';
    }
}
