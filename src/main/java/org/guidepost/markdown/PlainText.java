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

    private final StringBuilder text;

    /** An empty text, for a writer that reports its text nodes and block boundaries as it writes them. */
    PlainText(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    /**
     * The text of sanitized HTML, given both as text and as the body it was written from. Each citation placeholder
     * goes with the white space before it, as if cut from the HTML text. The body is used as it is, rather than parsing
     * the HTML again, unless a new parse could differ from it.
     */
    static String of(String sanitizedHtml, Element sanitizedBody) {
        Element body = HtmlSanitizer.reparsesUnchanged(sanitizedBody) ? sanitizedBody
                : Jsoup.parseBodyFragment(CitationPlaceholder.removeWithLeadingSpace(sanitizedHtml)).body();
        PlainText text = new PlainText(sanitizedHtml.length() / 2);
        text.appendChildren(body, false);
        return text.result();
    }

    /** Appends the value of one text node (all the text between two tags): white space collapsed unless preformatted. */
    void appendTextNode(String value, boolean preformatted) {
        if (CitationPlaceholder.mayOccurIn(value)) {
            value = CitationPlaceholder.removeWithLeadingSpace(value);
        }
        if (preformatted) {
            text.append(value);
        } else {
            appendCollapsed(value);
        }
    }

    /** Sets what follows apart from the text so far, as the start of a block element or a line break does. */
    void separate() {
        if (!text.isEmpty() && !endsWithSpace()) {
            text.append(' ');
        }
    }

    String result() {
        return text.toString().trim();
    }

    private void appendChildren(Element parent, boolean preformatted) {
        for (Node child = parent.firstChild(); child != null; child = child.nextSibling()) {
            if (child instanceof TextNode textNode) {
                appendTextNode(textNode.getWholeText(), preformatted);
            } else if (child instanceof Element element && !isNotArticleText(element)) {
                appendElement(element, preformatted || element.tag().preserveWhitespace());
            }
        }
    }

    private void appendElement(Element element, boolean preformatted) {
        if (element.isBlock() || element.nameIs("br")) {
            separate();
        }
        appendChildren(element, preformatted);
        Node next = nextArticleSibling(element);
        // text or an inline element right after a block is a new word: "<p>One</p>Two" reads "One Two"
        if (element.isBlock() && (next instanceof TextNode || next instanceof Element inline && !inline.tag().formatAsBlock())
                && !endsWithSpace()) {
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
    private void appendCollapsed(String value) {
        boolean lastWasSpace = endsWithSpace();
        int runStart = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > ' ' && c < '\u00A0') {
                // between the space and the no-break space (printable ASCII, the bulk of most text): no white space, nothing to drop
                lastWasSpace = false;
                continue;
            }
            if (c == ' ' && !lastWasSpace) {
                // a single space stays in the run: most text is copied in one piece
                lastWasSpace = true;
                continue;
            }
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
            if (space || c == '\u200B' || c == '\u00AD') {
                text.append(value, runStart, i);
                if (space && !lastWasSpace) {
                    text.append(' ');
                    lastWasSpace = true;
                }
                runStart = i + 1;
            } else {
                lastWasSpace = false;
            }
        }
        text.append(value, runStart, value.length());
    }

    private boolean endsWithSpace() {
        return !text.isEmpty() && text.charAt(text.length() - 1) == ' ';
    }
}
