package org.guidepost.search;

import java.util.List;

/** One page as the search sees it: language, site-root-relative URL and its plain-text parts. */
public record SearchDocument(String lang, String url, String title, String summary, List<String> headings, String body,
        List<String> topics, List<String> sourceTitles) {

    /** Every text is kept in the form all sides of the search agree on (NFC), so that no step normalizes it again. */
    public SearchDocument {
        title = SearchIndexBuilder.normalize(title);
        headings = headings.stream().map(SearchIndexBuilder::normalize).toList();
        topics = topics.stream().map(SearchIndexBuilder::normalize).toList();
        sourceTitles = sourceTitles.stream().map(SearchIndexBuilder::normalize).toList();
        summary = summary == null ? "" : SearchIndexBuilder.normalize(summary);
        body = body == null ? "" : SearchIndexBuilder.normalize(body);
    }
}
