package org.guidepost.search;

/** The indexed fields of a page and their query-time boosts (title matches rank first). */
public enum SearchField {
    TITLE("title", 6f),
    HEADINGS("headings", 2.5f),
    SUMMARY("summary", 1.5f),
    TOPICS("topics", 1.5f),
    BODY("body", 1f),
    SOURCES("sources", 0.5f);

    private final String fieldName;
    private final float boost;

    SearchField(String fieldName, float boost) {
        this.fieldName = fieldName;
        this.boost = boost;
    }

    public String fieldName() {
        return fieldName;
    }

    public float boost() {
        return boost;
    }
}
