package org.guidepost.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a normalized AST once, in document order, collecting citations (and numbering their placeholders), links,
 * images, headings and task items, each located in the file.
 */
final class DocumentScanner {

    /** A task item found in the AST, with the citations inside it. */
    record ScannedTaskItem(TaskListItem node, List<CitationRef> citations) {
    }

    /** Everything the scan found. */
    record Scan(List<CitationRef> citations, List<LinkRef> links, List<ImageRef> images, List<Heading> headings,
                List<ScannedTaskItem> taskItems) {
    }

    private final Document document;
    private final SourcePositions positions;
    private final List<CitationRef> citations = new ArrayList<>();
    private final List<LinkRef> links = new ArrayList<>();
    private final List<ImageRef> images = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<ScannedTaskItem> taskItems = new ArrayList<>();

    private DocumentScanner(Document document, SourcePositions positions) {
        this.document = document;
        this.positions = positions;
    }

    static Scan scan(Document document, SourcePositions positions) {
        DocumentScanner scanner = new DocumentScanner(document, positions);
        scanner.visitChildren(document);
        return new Scan(List.copyOf(scanner.citations), List.copyOf(scanner.links), List.copyOf(scanner.images),
                List.copyOf(scanner.headings), List.copyOf(scanner.taskItems));
    }

    private void visitChildren(Node parent) {
        for (Node child : parent.getChildren()) {
            visit(child);
        }
    }

    private void visit(Node node) {
        if (node instanceof TaskListItem item) {
            visitTaskItem(item);
            return;
        }
        if (node instanceof CitationNode citation) {
            addCitations(citation);
        } else if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
            headings.add(new Heading(heading.getLevel(), VisibleText.of(heading), heading.getAnchorRefId()));
        } else if (node instanceof Link link) {
            addLink(link.getUrl().unescape(), node);
        } else if (node instanceof Image image) {
            addImage(image.getUrl().unescape(), VisibleText.of(image), node);
        } else if (node instanceof RefNode ref && ref.isDefined()) {
            addReference(ref);
        } else if (node instanceof AutoLink autoLink) {
            String url = autoLink.getText().toString();
            addLink(url.contains(":") ? url : "http://" + url, node);
        } else if (node instanceof MailLink mail) {
            addLink("mailto:" + mail.getText(), node);
        } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            addRawHtmlReferences(node);
        }
        visitChildren(node);
    }

    private void visitTaskItem(TaskListItem item) {
        int slot = taskItems.size();
        taskItems.add(null);
        int firstCitation = citations.size();
        visitChildren(item);
        taskItems.set(slot, new ScannedTaskItem(item, List.copyOf(citations.subList(firstCitation, citations.size()))));
    }

    private void addCitations(CitationNode citation) {
        citation.setFirstCitationIndex(citations.size());
        for (CitationSyntax.CitedKey key : citation.keys()) {
            int offset = citation.offsetOf(key);
            citations.add(new CitationRef(key.key(), key.locator(), positions.line(offset), positions.column(offset)));
        }
    }

    private void addReference(RefNode ref) {
        Reference reference = ref.getReferenceNode(document);
        if (reference == null) {
            return;
        }
        String url = reference.getUrl().unescape();
        if (ref instanceof com.vladsch.flexmark.ast.ImageRef) {
            addImage(url, VisibleText.of(ref), ref);
        } else {
            addLink(url, ref);
        }
    }

    private void addLink(String href, Node node) {
        int offset = node.getStartOffset();
        links.add(new LinkRef(href, positions.line(offset), positions.column(offset)));
    }

    private void addImage(String src, String alt, Node node) {
        int offset = node.getStartOffset();
        images.add(new ImageRef(src, alt, positions.line(offset), positions.column(offset)));
    }

    private void addRawHtmlReferences(Node html) {
        int start = html.getStartOffset();
        RawHtmlReferences.scan(html.getChars().toString(),
                (href, offset) -> links.add(new LinkRef(href, positions.line(start + offset), positions.column(start + offset))),
                (src, alt, offset) -> images.add(new ImageRef(src, alt, positions.line(start + offset), positions.column(start + offset))));
    }
}
