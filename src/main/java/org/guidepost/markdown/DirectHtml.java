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
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.Map;
import java.util.Set;

/**
 * Writes the HTML of a document made only of the most common nodes (paragraphs, headings, plain and emphasized
 * text, bullet and task lists, tables, quotes, alerts, citations, rules, the TOC) straight into one buffer, byte for
 * byte as flexmark's renderer writes them with Guidepost's options: that renderer appends and tracks lines a character
 * at a time, and was the largest single cost of a build. A document with any other node (links, images, code, raw
 * HTML, footnotes, attribute blocks outside task items...) is left to flexmark. DirectHtmlTest holds the two writers
 * to the same bytes.
 */
final class DirectHtml {

    private static final Set<Class<? extends Node>> WRITABLE = Set.of(Document.class, Paragraph.class, Heading.class, Text.class,
            TextBase.class, SoftLineBreak.class, HardLineBreak.class, Emphasis.class, StrongEmphasis.class, BulletList.class,
            BulletListItem.class, TaskListItem.class, BlockQuote.class, ThematicBreak.class, AlertNode.class, CitationNode.class,
            TocBlock.class, TableBlock.class, TableHead.class, TableSeparator.class, TableBody.class, TableRow.class, TableCell.class);

    private final StringBuilder out;
    private final Document document;
    private final ListOptions listOptions;
    private final Map<Node, TaskItemMarkup> taskItemMarkup;

    private DirectHtml(Document document, int capacity) {
        this.out = new StringBuilder(capacity);
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

    /** The document's HTML; only for a document {@link #canWrite} accepts. */
    static String write(Document document) {
        DirectHtml html = new DirectHtml(document, document.getTextLength() * 3 / 2);
        html.children(document);
        return html.out.toString();
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
            out.append('\n');
        } else if (node instanceof CitationNode citation) {
            out.append(GuidepostNodeRenderer.placeholders(citation));
        } else if (node instanceof TaskListItem item) {
            line();
            out.append(GuidepostNodeRenderer.taskItemOpening(item, taskItemMarkup));
            children(item);
            out.append(GuidepostNodeRenderer.TASK_ITEM_CLOSING);
        } else if (node instanceof Heading heading) {
            String id = new AssignedHeadingIds().getId(heading);
            line();
            out.append("<h").append(heading.getLevel());
            if (id != null && !id.isEmpty()) {
                out.append(" id=\"").append(id).append('"');
            }
            out.append('>');
            children(heading);
            out.append("</h").append(heading.getLevel()).append('>');
            line();
        } else if (node instanceof BulletList list) {
            block("ul", list);
        } else if (node instanceof BlockQuote quote) {
            block("blockquote", quote);
        } else if (node instanceof BulletListItem item) {
            line();
            out.append("<li>");
            text(item.getMarkerSuffix());
            children(item);
            out.append("</li>");
            line();
        } else if (node instanceof AlertNode alert) {
            line();
            out.append(GuidepostNodeRenderer.alertOpening(alert));
            children(alert);
            out.append(GuidepostNodeRenderer.ALERT_CLOSING);
        } else if (node instanceof Emphasis || node instanceof StrongEmphasis) {
            String tag = node instanceof Emphasis ? "em" : "strong";
            out.append('<').append(tag).append('>');
            children(node);
            out.append("</").append(tag).append('>');
        } else if (node instanceof HardLineBreak) {
            out.append("<br />\n");
        } else if (node instanceof ThematicBreak) {
            line();
            out.append("<hr />");
            line();
        } else if (node instanceof TableBlock table) {
            block("table", table);
        } else if (node instanceof TableHead || node instanceof TableBody || node instanceof TableRow) {
            String tag = node instanceof TableHead ? "thead" : node instanceof TableBody ? "tbody" : "tr";
            line();
            out.append('<').append(tag).append('>');
            children(node);
            out.append("</").append(tag).append('>');
            line();
        } else if (node instanceof TableCell cell) {
            tableCell(cell);
        } else if (node instanceof TableSeparator) {
            return;
        } else if (node instanceof TocBlock) {
            line();
            out.append(TableOfContentsHtml.of(RenderData.HEADINGS.get(document)));
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
        out.append("<p>");
        children(paragraph);
        out.append("</p>");
        line();
    }

    /** A header or data cell, its alignment as a class (what TableAlignmentClasses makes of flexmark's align attribute). */
    private void tableCell(TableCell cell) {
        String tag = cell.isHeader() ? "th" : "td";
        out.append('<').append(tag);
        if (cell.getAlignment() != null) {
            out.append(" class=\"align-").append(switch (cell.getAlignment()) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
            }).append('"');
        }
        out.append('>');
        children(cell);
        out.append("</").append(tag).append('>');
    }

    /** A block element whose opening and closing tags stand on lines of their own. */
    private void block(String tag, Node node) {
        line();
        out.append('<').append(tag).append('>');
        line();
        children(node);
        line();
        out.append("</").append(tag).append('>');
        line();
    }

    /** Ends the current line unless it is empty, as flexmark's writer does before and after block tags. */
    private void line() {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
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
        int start = 0;
        if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                start++;
            }
        }
        int runStart = start;
        for (int i = start; i < text.length(); i++) {
            String escaped = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (escaped != null) {
                out.append(text, runStart, i).append(escaped);
                runStart = i + 1;
            }
        }
        out.append(text, runStart, text.length());
    }

    /** The chars as a string: a plain range of the parsed source is cut out of it at once, not copied char by char. */
    private static String stringOf(BasedSequence chars) {
        return chars instanceof SubSequence range && range.getBase() instanceof String source
                ? source.substring(range.getStartOffset(), range.getEndOffset()) : chars.toString();
    }

    /** An id written as it is: flexmark would keep entities in it, which this does not imitate. */
    private static boolean isPlainId(String id) {
        return id == null || id.chars().noneMatch(c -> c == '&' || c == '<' || c == '>' || c == '"');
    }
}
