package org.guidepost.search;

/** How a language's text is cut into words, at build time by Lucene and in the browser by the engine. */
public enum Segmentation {
    /** Unicode word boundaries (Lucene StandardTokenizer; Intl.Segmenter in the browser). */
    WORDS,
    /** Dictionary segmentation for scripts without spaces (Lucene ICUTokenizer; Intl.Segmenter). */
    DICTIONARY,
    /** Overlapping bigrams of Han, Kana and Hangul runs (Lucene CJKBigramFilter). */
    CJK_BIGRAMS;

    /** The lowercase name the browser engine reads from the exported metadata. */
    public String exportName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
