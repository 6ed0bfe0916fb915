package org.guidepost.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/** The visible text of sanitized article HTML, for search and summaries: no citations, footnote marks, TOC or alert titles. */
final class PlainText {

    private static final String NOT_ARTICLE_TEXT = ".alert-title, nav.toc, a.footnote-ref, a.footnote-backref";

    private PlainText() {
    }

    /**
     * The text of a sanitized body, which this changes (callers pass it once they have its HTML): each citation
     * placeholder goes with the white space before it, as it would from the HTML, without parsing that HTML again.
     */
    static String of(Element sanitizedBody) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && CitationPlaceholder.mayOccurIn(text.getWholeText())) {
                text.text(CitationPlaceholder.WITH_LEADING_SPACE.matcher(text.getWholeText()).replaceAll(""));
            }
        }, sanitizedBody);
        sanitizedBody.select(NOT_ARTICLE_TEXT).remove();
        return sanitizedBody.text();
    }
}
