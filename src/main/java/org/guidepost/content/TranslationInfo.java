package org.guidepost.content;

/**
 * What a translation records about its origin: the source language, the version (content hash) of
 * the source it was made from, and who reviewed the translation (null: not yet reviewed).
 */
public record TranslationInfo(String from, String sourceHash, Person reviewedBy) {

    public boolean isReviewed() {
        return reviewedBy != null;
    }
}
