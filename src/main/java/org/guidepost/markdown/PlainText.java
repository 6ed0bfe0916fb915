package org.guidepost.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/** The visible text of sanitized article HTML, for search and summaries: no citations, footnote marks, TOC or alert titles. */
final class PlainText {

    private static final String NOT_ARTICLE_TEXT = ".alert-title, nav.toc, a.footnote-ref, a.footnote-backref";

    private PlainText() {
    }

    /**
     * The text of sanitized HTML, given both as text and as the body it was written from, which this may change
     * (callers pass it once they are done with it). Each citation placeholder goes with the white space before it, as
     * if cut from the HTML text. The body is used as it is, rather than parsing the HTML again, unless a new parse could
     * differ from it.
     */
    static String of(String sanitizedHtml, Element sanitizedBody) {
        Element body = HtmlSanitizer.reparsesUnchanged(sanitizedBody) ? withoutCitations(sanitizedBody)
                : Jsoup.parseBodyFragment(CitationPlaceholder.removeWithLeadingSpace(sanitizedHtml)).body();
        body.select(NOT_ARTICLE_TEXT).remove();
        return body.text();
    }

    private static Element withoutCitations(Element body) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && CitationPlaceholder.mayOccurIn(text.getWholeText())) {
                text.text(CitationPlaceholder.removeWithLeadingSpace(text.getWholeText()));
            }
        }, body);
        return body;
    }
}
