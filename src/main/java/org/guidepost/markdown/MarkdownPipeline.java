package org.guidepost.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.CharSubSequence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The one Markdown pipeline: flexmark with CommonMark, GFM and Guidepost's extensions, configured once, thread-safe,
 * reused for every article body.
 */
public final class MarkdownPipeline {

    /**
     * The parser with and without the autolink and table extensions (index: 1 for autolinks, 2 for tables): a document
     * gets only the passes its text could need, as each scans every text node or paragraph (tables took 30 % of parsing).
     */
    private final Parser[] parsers = new Parser[4];
    private final HtmlRenderer renderer;
    private final Map<String, String> alertTitles;

    /** A pipeline with English alert titles. */
    public MarkdownPipeline() {
        this(Map.of());
    }

    /**
     * A pipeline whose alert titles are taken from {@code alertTitles}, keyed by kind in lower case ("note", "tip",
     * "important", "warning", "caution"); kinds not given keep their English title.
     */
    public MarkdownPipeline(Map<String, String> alertTitles) {
        Map<String, String> titles = new HashMap<>(GfmAlerts.ENGLISH_TITLES);
        titles.putAll(alertTitles);
        this.alertTitles = Map.copyOf(titles);
        for (int variant = 0; variant < parsers.length; variant++) {
            parsers[variant] = Parser.builder(flexmarkOptions((variant & 1) != 0, (variant & 2) != 0)).build();
        }
        this.renderer = HtmlRenderer.builder(flexmarkOptions(true, true)).build();
    }

    private Parser parserFor(String source) {
        // a table row needs a literal '|': no entity or escape spells one
        return parsers[(AutolinkCandidates.mayOccurIn(source) ? 1 : 0) | (source.indexOf('|') >= 0 ? 2 : 0)];
    }

    private static DataHolder flexmarkOptions(boolean autolinks, boolean tables) {
        List<Extension> extensions = new ArrayList<>();
        if (tables) {
            extensions.add(TablesExtension.create());
        }
        extensions.addAll(List.of(TaskListExtension.create(), StrikethroughExtension.create()));
        if (autolinks) {
            extensions.add(AutolinkExtension.create());
        }
        extensions.addAll(List.of(
                FootnoteExtension.create(),
                TocExtension.create(),
                // flexmark's attributes extension, reading most blocks without its regular expressions
                new QuickAttributes(),
                // last, so that its renderers for task items and [TOC] take precedence over the extensions' own
                new GuidepostFlexmarkExtension()));
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                .set(TablesExtension.MIN_SEPARATOR_DASHES, 1)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .toImmutable();
    }

    /**
     * Parses an article body. {@code firstLine} is the 1-based file line on which the body starts (after the front
     * matter); every line reported by the result is a file line.
     */
    public ParsedMarkdown parse(String markdownBody, int firstLine) {
        Prepared prepared = prepare(markdownBody, firstLine);
        if (!DirectHtml.canWrite(prepared.document())) {
            return sanitized(prepared);
        }
        DirectHtml.Written written = DirectHtml.write(prepared.document());
        return parsed(prepared, written.html(), written.taskItems(), written.plainText());
    }

    /** The long way, for any document: flexmark's HTML, sanitized, serialized by jsoup, its text and items read from the tree. */
    ParsedMarkdown sanitized(Prepared prepared) {
        Element sanitizedBody = HtmlSanitizer.sanitizedBody(flexmarkHtml(prepared.document()));
        String bodyHtml = sanitizedBody.html();
        // the items' HTML is cut out of the sanitized body (before PlainText changes it): one render and one sanitizer pass per article
        List<String> itemHtml = prepared.scan().taskItems().isEmpty() ? List.of()
                : reparsed(sanitizedBody, bodyHtml).select("li.task-item").stream().map(MarkdownPipeline::contentHtml).toList();
        return parsed(prepared, bodyHtml, itemHtml, PlainText.of(bodyHtml, sanitizedBody));
    }

    private ParsedMarkdown parsed(Prepared prepared, String bodyHtml, List<String> itemHtml, String plainText) {
        DocumentScanner.Scan scan = prepared.scan();
        List<TaskItem> taskItems = new ArrayList<>();
        for (int i = 0; i < scan.taskItems().size(); i++) {
            taskItems.add(taskItem(scan.taskItems().get(i), itemHtml.get(i), prepared.taskItemMarkup(), scan.citations(), prepared.positions()));
        }
        return new ParsedMarkdown(scan.citations(), scan.links(), scan.images(), scan.headings(), List.copyOf(taskItems),
                CitedHtml.of(bodyHtml, scan.citations()), plainText);
    }

    /** A parsed body made ready to write as HTML: ids assigned, alerts converted, task-item markup taken off, scanned. */
    record Prepared(Document document, Map<Node, TaskItemMarkup> taskItemMarkup, SourcePositions positions, DocumentScanner.Scan scan) {
    }

    /** Parses the body with the parser its text needs and prepares the document for either HTML writer. */
    Prepared prepare(String markdownBody, int firstLine) {
        String source = CitationPlaceholder.neutralize(markdownBody);
        // over a char array: flexmark reads the source a char at a time, and a String's chars cost an interface call each
        Document document = parserFor(source).parse(CharSubSequence.of(source));
        Set<String> explicitIds = ExplicitIds.in(document);
        Map<Node, TaskItemMarkup> taskItemMarkup = TaskItemMarkupExtractor.extract(document);
        HeadingIdAssigner.assign(document, explicitIds);
        GfmAlerts.convert(document, alertTitles);

        SourcePositions positions = new SourcePositions(source, firstLine);
        DocumentScanner.Scan scan = DocumentScanner.scan(document, positions);
        document.set(RenderData.TASK_ITEM_MARKUP, taskItemMarkup);
        document.set(RenderData.HEADINGS, scan.headings());
        return new Prepared(document, taskItemMarkup, positions, scan);
    }

    private String flexmarkHtml(Document document) {
        return renderer.render(document);
    }

    /** The body as parsing its HTML again gives it: the body itself unless that could differ. */
    private static Element reparsed(Element sanitizedBody, String bodyHtml) {
        if (HtmlSanitizer.reparsesUnchanged(sanitizedBody)) {
            return sanitizedBody;
        }
        org.jsoup.nodes.Document reparsed = Jsoup.parseBodyFragment(bodyHtml);
        reparsed.outputSettings(sanitizedBody.ownerDocument().outputSettings().clone());
        return reparsed.body();
    }

    /** The item's HTML after its checkbox, as written in the body, without the white space around it. */
    private static String contentHtml(Element item) {
        StringBuilder html = new StringBuilder();
        Optional<Element> checkbox = checkboxOf(item);
        for (org.jsoup.nodes.Node child : item.childNodes()) {
            if (checkbox.isEmpty() || child != checkbox.get()) {
                html.append(child.outerHtml());
            }
        }
        return html.toString().strip();
    }

    private static TaskItem taskItem(DocumentScanner.ScannedTaskItem scanned, String contentHtml, Map<Node, TaskItemMarkup> markupByItem,
                                     List<CitationRef> documentCitations, SourcePositions positions) {
        TaskItemMarkup markup = markupByItem.getOrDefault(scanned.node(), TaskItemMarkup.NONE);
        return new TaskItem(markup.id(), VisibleText.of(scanned.node()), markup.classes(), markup.attributes(),
                scanned.citations(), scanned.node().isItemDoneMarker(), positions.line(scanned.node().getStartOffset()),
                CitedHtml.of(contentHtml, documentCitations));
    }

    /** The first of the item's child elements that is a checkbox: what the selector "> input[type=checkbox]" finds, without parsing one. */
    private static Optional<Element> checkboxOf(Element item) {
        return item.children().stream()
                .filter(child -> child.normalName().equals("input") && child.attr("type").trim().equalsIgnoreCase("checkbox"))
                .findFirst();
    }
}
