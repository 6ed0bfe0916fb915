package org.guidepost.search;

import java.util.List;

/** One page as the search sees it: language, site-root-relative URL and its plain-text parts. */
public record SearchDocument(String lang, String url, String title, String summary, List<String> headings, String body,
        List<String> topics, List<String> sourceTitles) {

    public SearchDocument {
        headings = List.copyOf(headings);
        topics = List.copyOf(topics);
        sourceTitles = List.copyOf(sourceTitles);
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
    }
}
