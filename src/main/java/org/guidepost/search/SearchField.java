package org.guidepost.search;

import java.util.List;
import java.util.function.Function;

/** The indexed fields of a page, their query-time boosts (title matches rank first) and their values in a document. */
public enum SearchField {
    TITLE("title", 6f, document -> List.of(document.title())),
    HEADINGS("headings", 2.5f, SearchDocument::headings),
    SUMMARY("summary", 1.5f, document -> List.of(document.summary())),
    TOPICS("topics", 1.5f, SearchDocument::topics),
    BODY("body", 1f, document -> List.of(document.body())),
    SOURCES("sources", 0.5f, SearchDocument::sourceTitles);

    private final String fieldName;
    private final float boost;
    private final Function<SearchDocument, List<String>> values;

    SearchField(String fieldName, float boost, Function<SearchDocument, List<String>> values) {
        this.fieldName = fieldName;
        this.boost = boost;
        this.values = values;
    }

    /** The field's values in a document, in indexing order. */
    public List<String> values(SearchDocument document) {
        return values.apply(document);
    }

    public String fieldName() {
        return fieldName;
    }

    public float boost() {
        return boost;
    }
}
