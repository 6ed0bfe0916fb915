package org.guidepost.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The visible text of sanitized article HTML, for search and summaries: no citations, footnote marks, TOC or alert titles. */
final class PlainText {

    private static final String NOT_ARTICLE_TEXT = ".alert-title, nav.toc, a.footnote-ref, a.footnote-backref";

    private PlainText() {
    }

    static String of(String sanitizedHtml) {
        String withoutCitations = CitationPlaceholder.WITH_LEADING_SPACE.matcher(sanitizedHtml).replaceAll("");
        Document document = Jsoup.parseBodyFragment(withoutCitations);
        document.select(NOT_ARTICLE_TEXT).remove();
        return document.body().text();
    }
}
