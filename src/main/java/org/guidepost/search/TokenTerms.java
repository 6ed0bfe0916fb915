package org.guidepost.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms a profile's filters make of each distinct token, computed once: pages repeat their words, and a site its
 * vocabulary, so most tokens skip the filter chain (lowercasing, stop words, stemming, folding). Only for profiles whose
 * filters take each token alone ({@link AnalyzerProfile#filtersTokensAlone()}).
 */
final class TokenTerms {

    private final TermIds tokens = new TermIds();
    private final TermIds terms;
    private final SingleToken source = new SingleToken();
    private final TokenStream chain;
    private final CharTermAttribute chainTerm;
    private final PositionIncrementAttribute chainIncrement;
    /** Per token id: where its outputs start in {@link #outputTerms}; the next token's start ends them. */
    private int[] firstOutput = new int[1024];
    /** Per output of every token in order: its term id, and its position increment when the token comes with increment 1. */
    private int[] outputTerms = new int[1024];
    private int[] outputIncrements = new int[1024];
    private int outputCount;
    private int size;

    /** Terms are numbered in {@code terms}. */
    TokenTerms(AnalyzerProfile profile, TermIds terms) {
        this.terms = terms;
        this.chain = LanguageAnalyzer.filters(profile, source);
        this.chainTerm = chain.addAttribute(CharTermAttribute.class);
        this.chainIncrement = chain.addAttribute(PositionIncrementAttribute.class);
    }

    /** The id of the token in {@code buffer[0, length)} of the tokenizer's type, running the filters over it when it is new. */
    int idOf(char[] buffer, int length, String type) {
        int id = tokens.idOf(buffer, length);
        if (id == size) {
            filter(buffer, length, type); // a new token: ids are numbered in order of first occurrence
        }
        return id;
    }

    /** The number of distinct tokens seen. */
    int size() {
        return size;
    }

    int firstOutput(int token) {
        return firstOutput[token];
    }

    int endOfOutputs(int token) {
        return firstOutput[token + 1];
    }

    int term(int output) {
        return outputTerms[output];
    }

    int increment(int output) {
        return outputIncrements[output];
    }

    private void filter(char[] buffer, int length, String type) {
        source.set(buffer, length, type);
        try {
            chain.reset();
            while (chain.incrementToken()) {
                if (outputCount == outputTerms.length) {
                    outputTerms = Arrays.copyOf(outputTerms, outputCount * 2);
                    outputIncrements = Arrays.copyOf(outputIncrements, outputCount * 2);
                }
                outputTerms[outputCount] = terms.idOf(chainTerm.buffer(), chainTerm.length());
                outputIncrements[outputCount++] = chainIncrement.getPositionIncrement();
            }
            chain.end();
        } catch (IOException e) {
            throw new IllegalStateException("a filter failed on a token held in memory", e);
        }
        size++;
        if (size == firstOutput.length) {
            firstOutput = Arrays.copyOf(firstOutput, size * 2);
        }
        firstOutput[size] = outputCount;
    }
}
