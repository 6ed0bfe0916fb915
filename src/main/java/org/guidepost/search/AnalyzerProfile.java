package org.guidepost.search;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;

/**
 * The analysis chain of one language: name (as written in site.yaml), segmentation, stop words and
 * the language-specific filters that run after lowercasing and stop-word removal (stemming, normalization).
 */
public record AnalyzerProfile(String name, Segmentation segmentation, CharArraySet stopWords, UnaryOperator<TokenStream> languageFilters) {

    /** The stop words, sorted, as the browser engine needs them to tell a dropped word from an unknown one. */
    public List<String> sortedStopWords() {
        return stopWords.stream().map(word -> new String((char[]) word)).sorted().toList();
    }

    /**
     * Whether the filters turn each token into terms without looking at its neighbours, so that a token's terms can be
     * computed once per distinct token: all chains but CJK bigrams, which pair each character with the next.
     */
    public boolean filtersTokensAlone() {
        return segmentation() != Segmentation.CJK_BIGRAMS;
    }
}
