package org.guidepost.markdown;

import java.util.List;

/** One parsed article body: what it cites, links to, shows and asks readers to do, and its sanitized HTML. Immutable. */
public final class ParsedMarkdown {

    private final List<CitationRef> citations;
    private final List<LinkRef> links;
    private final List<ImageRef> images;
    private final List<Heading> headings;
    private final List<TaskItem> taskItems;
    private final CitedHtml html;
    private final String plainText;

    ParsedMarkdown(List<CitationRef> citations, List<LinkRef> links, List<ImageRef> images, List<Heading> headings,
                   List<TaskItem> taskItems, CitedHtml html, String plainText) {
        this.citations = List.copyOf(citations);
        this.links = List.copyOf(links);
        this.images = List.copyOf(images);
        this.headings = List.copyOf(headings);
        this.taskItems = List.copyOf(taskItems);
        this.html = html;
        this.plainText = plainText;
    }

    /** Every cited key, in document order (a bracket citing several keys gives several entries). */
    public List<CitationRef> citations() {
        return citations;
    }

    /**
     * Every link destination: Markdown links and autolinks as written (so a checker can flag unsafe ones, which the
     * HTML drops), and raw-HTML anchors only when they survive sanitizing.
     */
    public List<LinkRef> links() {
        return links;
    }

    /** Every image source: Markdown images as written, and raw-HTML images only when they survive sanitizing. */
    public List<ImageRef> images() {
        return images;
    }

    public List<Heading> headings() {
        return headings;
    }

    public List<TaskItem> taskItems() {
        return taskItems;
    }

    /** The sanitized body HTML, with citations numbered by the caller (unknown keys are marked, not linked). */
    public String renderHtml(CitationNumbers numbers) {
        return html.render(numbers);
    }

    /** The visible text, whitespace normalized, without markup, citations, footnote marks, TOC or alert titles. */
    public String plainText() {
        return plainText;
    }
}
