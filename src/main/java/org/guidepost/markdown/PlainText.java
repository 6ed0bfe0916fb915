package org.guidepost.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The visible text of sanitized article HTML, for search and summaries: no citations, footnote marks, TOC or alert
 * titles. It reads as jsoup's {@code Element.text()} once those parts are removed (white space runs as one space, block
 * elements and line breaks apart from their neighbours; {@code <pre>} text as written, however deep inside), collected in
 * one walk that copies runs of ordinary characters at once: jsoup's copy, a code point at a time, was 5 % of a large build.
 */
final class PlainText {

    private PlainText() {
    }

    /**
     * The text of sanitized HTML, given both as text and as the body it was written from. Each citation placeholder
     * goes with the white space before it, as if cut from the HTML text. The body is used as it is, rather than parsing
     * the HTML again, unless a new parse could differ from it.
     */
    static String of(String sanitizedHtml, Element sanitizedBody) {
        Element body = HtmlSanitizer.reparsesUnchanged(sanitizedBody) ? sanitizedBody
                : Jsoup.parseBodyFragment(CitationPlaceholder.removeWithLeadingSpace(sanitizedHtml)).body();
        StringBuilder text = new StringBuilder(sanitizedHtml.length() / 2);
        appendChildren(text, body, false);
        return text.toString().trim();
    }

    private static void appendChildren(StringBuilder text, Element parent, boolean preformatted) {
        for (Node child = parent.firstChild(); child != null; child = child.nextSibling()) {
            if (child instanceof TextNode textNode) {
                String value = textNode.getWholeText();
                if (CitationPlaceholder.mayOccurIn(value)) {
                    value = CitationPlaceholder.removeWithLeadingSpace(value);
                }
                if (preformatted) {
                    text.append(value);
                } else {
                    appendCollapsed(text, value);
                }
            } else if (child instanceof Element element && !isNotArticleText(element)) {
                appendElement(text, element, preformatted || element.tag().preserveWhitespace());
            }
        }
    }

    private static void appendElement(StringBuilder text, Element element, boolean preformatted) {
        if ((element.isBlock() || element.nameIs("br")) && !text.isEmpty() && !endsWithSpace(text)) {
            text.append(' ');
        }
        appendChildren(text, element, preformatted);
        Node next = nextArticleSibling(element);
        // text or an inline element right after a block is a new word: "<p>One</p>Two" reads "One Two"
        if (element.isBlock() && (next instanceof TextNode || next instanceof Element inline && !inline.tag().formatAsBlock())
                && !endsWithSpace(text)) {
            text.append(' ');
        }
    }

    /** The alert titles, the table of contents and footnote marks: what ".alert-title, nav.toc, a.footnote-ref, a.footnote-backref" selects. */
    private static boolean isNotArticleText(Element element) {
        return element.hasClass("alert-title")
                || element.nameIs("nav") && element.hasClass("toc")
                || element.nameIs("a") && (element.hasClass("footnote-ref") || element.hasClass("footnote-backref"));
    }

    /** The next sibling that is article text, as if the parts that are not had been removed. */
    private static Node nextArticleSibling(Node node) {
        Node next = node.nextSibling();
        while (next instanceof Element element && isNotArticleText(element)) {
            next = next.nextSibling();
        }
        return next;
    }

    /**
     * Appends the text with each run of white space (no-break space included) as one space, none at the start when the
     * text so far ends with one, and without zero-width spaces and soft hyphens.
     */
    private static void appendCollapsed(StringBuilder text, String value) {
        boolean lastWasSpace = endsWithSpace(text);
        int runStart = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
            if (space || c == '\u200B' || c == '\u00AD') {
                text.append(value, runStart, i);
                lastWasSpace = lastWasSpace && runStart == i;
                if (space && !lastWasSpace) {
                    text.append(' ');
                    lastWasSpace = true;
                }
                runStart = i + 1;
            }
        }
        text.append(value, runStart, value.length());
    }

    private static boolean endsWithSpace(StringBuilder text) {
        return !text.isEmpty() && text.charAt(text.length() - 1) == ' ';
    }
}
