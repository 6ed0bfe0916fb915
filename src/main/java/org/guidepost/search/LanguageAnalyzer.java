package org.guidepost.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Builds the token stream of an {@link AnalyzerProfile}: tokenize, lowercase, drop stop words, language filters, fold diacritics. */
final class LanguageAnalyzer extends Analyzer {

    private final AnalyzerProfile profile;

    LanguageAnalyzer(AnalyzerProfile profile) {
        this.profile = profile;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = tokenizer(profile);
        return new TokenStreamComponents(tokenizer, filters(profile, tokenizer));
    }

    /** The first step of the profile's chain: cuts text into tokens. */
    static Tokenizer tokenizer(AnalyzerProfile profile) {
        return profile.segmentation() == Segmentation.DICTIONARY ? new ICUTokenizer() : new StandardTokenizer();
    }

    /** The rest of the profile's chain, over {@code tokens}: what turns the tokenizer's tokens into indexed terms. */
    static TokenStream filters(AnalyzerProfile profile, TokenStream tokens) {
        TokenStream stream = tokens;
        if (profile.segmentation() == Segmentation.CJK_BIGRAMS) {
            stream = new CJKWidthFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        if (profile.segmentation() == Segmentation.CJK_BIGRAMS) {
            stream = new CJKBigramFilter(stream);
        }
        if (!profile.stopWords().isEmpty()) {
            stream = new StopFilter(stream, profile.stopWords());
        }
        stream = profile.languageFilters().apply(stream);
        return new DiacriticFoldingFilter(stream);
    }
}
