package org.guidepost.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocBlock;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.CharSubSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a document made only of the most common nodes (paragraphs, headings, plain and emphasized text, bullet and
 * task lists, tables, quotes, alerts, citations, rules, the TOC) straight into the form the sanitizer leaves
 * flexmark's HTML in, byte for byte, together with its plain text and its task items' HTML: what flexmark's renderer,
 * the sanitizer's parse and clean-up, jsoup's serialization and the plain-text walk give, in one pass. Those were the
 * largest costs of a build after parsing. Nothing it writes needs sanitizing: every character of author text is
 * escaped and every tag and attribute is its own. A document with any other node (links, images, code, raw HTML,
 * footnotes, attribute blocks outside task items...) goes the long way. DirectHtmlTest holds both ways to the same
 * results.
 */
final class DirectHtml {

    /**
     * The sanitized body HTML, its plain text (as {@link PlainText#of} reads it) and the HTML of each task item's content
     * (after its checkbox, white space around it stripped), in document order.
     */
    record Written(String html, String plainText, List<String> taskItems) {
    }

    private static final Set<Class<? extends Node>> WRITABLE = Set.of(Document.class, Paragraph.class, Heading.class, Text.class,
            TextBase.class, SoftLineBreak.class, HardLineBreak.class, Emphasis.class, StrongEmphasis.class, BulletList.class,
            BulletListItem.class, TaskListItem.class, BlockQuote.class, ThematicBreak.class, AlertNode.class, CitationNode.class,
            TocBlock.class, TableBlock.class, TableHead.class, TableSeparator.class, TableBody.class, TableRow.class, TableCell.class);

    private final StringBuilder out;
    private final Document document;
    private final ListOptions listOptions;
    private final Map<Node, TaskItemMarkup> taskItemMarkup;
    /** The text written since the last tag: one text node of the parsed body, handed to the plain text at the next tag. */
    private final StringBuilder textNode = new StringBuilder();
    private final PlainText plainText;
    private final List<int[]> taskItemRanges = new ArrayList<>();
    /** Whether the element being filled holds only elements (a list, a table or its rows): the sanitizer drops white space there. */
    private boolean elementsOnly;

    private DirectHtml(Document document, int capacity) {
        this.out = new StringBuilder(capacity);
        this.plainText = new PlainText(capacity / 2);
        this.document = document;
        this.listOptions = ListOptions.get(document);
        this.taskItemMarkup = RenderData.TASK_ITEM_MARKUP.get(document);
    }

    /** Whether every node of the document is one this writes, with no attributes from an attribute block. */
    static boolean canWrite(Document document) {
        if (AttributesExtension.NODE_ATTRIBUTES.get(document).values().stream().anyMatch(owned -> !owned.isEmpty())
                || !TablesExtension.CLASS_NAME.get(document).isEmpty()) {
            return false;
        }
        for (Node node : document.getDescendants()) {
            if (!WRITABLE.contains(node.getClass())
                    || node instanceof Heading heading && !isPlainId(new AssignedHeadingIds().getId(heading))) {
                return false;
            }
        }
        return true;
    }

    /** The document written out; only for a document {@link #canWrite} accepts. */
    static Written write(Document document) {
        DirectHtml html = new DirectHtml(document, document.getTextLength() * 3 / 2);
        html.children(document);
        html.endTextNode();
        String written = html.out.toString();
        List<String> taskItems = html.taskItemRanges.stream().map(range -> written.substring(range[0], range[1]).strip()).toList();
        return new Written(written, html.plainText.result(), taskItems);
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child);
        }
    }

    private void node(Node node) {
        if (node instanceof Text text) {
            text(text.getChars());
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph);
        } else if (node instanceof SoftLineBreak) {
            raw("\n");
        } else if (node instanceof CitationNode citation) {
            raw(GuidepostNodeRenderer.placeholders(citation));
        } else if (node instanceof TaskListItem item) {
            taskItem(item);
        } else if (node instanceof Heading heading) {
            String id = new AssignedHeadingIds().getId(heading);
            String tag = "h" + heading.getLevel();
            line();
            blockTag(id != null && !id.isEmpty() ? "<" + tag + " id=\"" + SerializedHtml.attributeValue(id) + "\">" : "<" + tag + ">");
            children(heading);
            blockTag("</" + tag + ">");
            line();
        } else if (node instanceof BulletList list) {
            block("ul", list, true);
        } else if (node instanceof BlockQuote quote) {
            block("blockquote", quote, false);
        } else if (node instanceof BulletListItem item) {
            line();
            blockTag("<li>");
            filling(false, () -> {
                text(item.getMarkerSuffix());
                children(item);
            });
            blockTag("</li>");
            line();
        } else if (node instanceof AlertNode alert) {
            line();
            blockTag(GuidepostNodeRenderer.alertTag(alert));
            raw("\n");
            // the title is not article text: no plain text and no separation of its own
            endTextNode();
            out.append(GuidepostNodeRenderer.alertTitle(alert));
            raw("\n");
            children(alert);
            blockTag("</div>");
            raw("\n");
        } else if (node instanceof Emphasis || node instanceof StrongEmphasis) {
            String tag = node instanceof Emphasis ? "em" : "strong";
            inlineTag("<" + tag + ">");
            children(node);
            inlineTag("</" + tag + ">");
        } else if (node instanceof HardLineBreak) {
            // a line break keeps the words around it apart, like a block
            blockTag("<br>");
            raw("\n");
        } else if (node instanceof ThematicBreak) {
            line();
            blockTag("<hr>");
            line();
        } else if (node instanceof TableBlock table) {
            block("table", table, true);
        } else if (node instanceof TableHead || node instanceof TableBody || node instanceof TableRow) {
            String tag = node instanceof TableHead ? "thead" : node instanceof TableBody ? "tbody" : "tr";
            line();
            blockTag("<" + tag + ">");
            children(node);
            blockTag("</" + tag + ">");
            line();
        } else if (node instanceof TableCell cell) {
            tableCell(cell);
        } else if (node instanceof TableSeparator) {
            return;
        } else if (node instanceof TocBlock) {
            line();
            String toc = TableOfContentsHtml.of(RenderData.HEADINGS.get(document));
            if (!toc.isEmpty()) {
                // not article text either
                endTextNode();
                out.append(toc);
                line();
            }
        } else {
            children(node);
        }
    }

    /** flexmark's rule: no paragraph tag in a tight list item, nothing for a paragraph of non-rendering inlines only. */
    private void paragraph(Paragraph paragraph) {
        if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (paragraph.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(paragraph, listOptions, document)) {
            children(paragraph);
            return;
        }
        line();
        blockTag("<p>");
        children(paragraph);
        blockTag("</p>");
        line();
    }

    /** A task item, the range of its content kept: the item's HTML is cut out of the body's. */
    private void taskItem(TaskListItem item) {
        TaskItemMarkup markup = taskItemMarkup.getOrDefault(item, TaskItemMarkup.NONE);
        int[] range = new int[2];
        taskItemRanges.add(range);
        line();
        blockTag(GuidepostNodeRenderer.taskItemTag(markup));
        inlineTag(GuidepostNodeRenderer.checkbox(item, markup));
        range[0] = out.length();
        filling(false, () -> {
            raw(" ");
            children(item);
        });
        range[1] = out.length();
        blockTag("</li>");
        line();
    }

    /** A header or data cell, its alignment as a class (what TableAlignmentClasses makes of flexmark's align attribute). */
    private void tableCell(TableCell cell) {
        String tag = cell.isHeader() ? "th" : "td";
        String alignment = cell.getAlignment() == null ? "" : " class=\"align-" + switch (cell.getAlignment()) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
        } + "\"";
        blockTag("<" + tag + alignment + ">");
        filling(false, () -> children(cell));
        blockTag("</" + tag + ">");
    }

    /** A block element whose opening and closing tags stand on lines of their own (in flexmark's HTML). */
    private void block(String tag, Node node, boolean holdsOnlyElements) {
        line();
        blockTag("<" + tag + ">");
        filling(holdsOnlyElements, () -> {
            line();
            children(node);
            line();
        });
        blockTag("</" + tag + ">");
        line();
    }

    /** Writes the content of an element that does or does not hold only elements. */
    private void filling(boolean holdsOnlyElements, Runnable content) {
        boolean outer = elementsOnly;
        elementsOnly = holdsOnlyElements;
        content.run();
        elementsOnly = outer;
    }

    /** The line break flexmark's writer puts before and after block tags, unless the line is empty or the sanitizer drops it. */
    private void line() {
        if (!elementsOnly && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            raw("\n");
        }
    }

    private void blockTag(String tag) {
        endTextNode();
        plainText.separate();
        out.append(tag);
    }

    private void inlineTag(String tag) {
        endTextNode();
        out.append(tag);
    }

    private void endTextNode() {
        if (!textNode.isEmpty()) {
            plainText.appendTextNode(textNode.toString(), false);
            textNode.setLength(0);
        }
    }

    /** Text that needs no escaping. */
    private void raw(String text) {
        out.append(text);
        textNode.append(text);
    }

    /**
     * Appends Markdown text: backslash escapes and entities decoded, then escaped for HTML, and without white space at
     * the start of a line (flexmark's writer drops it).
     */
    private void text(BasedSequence chars) {
        String text = stringOf(chars);
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\r') >= 0) {
            text = Escaping.normalizeEOL(chars.unescape());
        }
        // jsoup's parser reads a NUL as U+FFFD (flexmark keeps it)
        text = text.replace('\0', '\uFFFD');
        int start = 0;
        if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                start++;
            }
        }
        SerializedHtml.appendText(out, text, start, text.length());
        SerializedHtml.appendRange(textNode, text, start, text.length());
    }

    /** The chars as a string: a plain range of the parsed source is cut out of it at once, not copied char by char. */
    private static String stringOf(BasedSequence chars) {
        return chars instanceof CharSubSequence range
                ? new String(range.getBase(), range.getStartOffset(), range.length()) : chars.toString();
    }

    /** An id written as it is: flexmark would keep entities in it, which this does not imitate. */
    private static boolean isPlainId(String id) {
        return id == null || id.chars().noneMatch(c -> c == '&' || c == '<' || c == '>' || c == '"');
    }
}
