package org.guidepost.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.guidepost.text.LatinFolding;

/**
 * The vocabulary of the offline index: the words seen in the pages (lowercased, and folded) mapped to the terms the
 * language's Lucene analyzer makes of them, so the browser maps query words to terms without a stemmer of its own.
 */
final class SurfaceForms {

    private final Analyzer analyzer;
    /** The remembered words, numbered in the order they were first seen. */
    private final TermIds words = new TermIds();
    private char[] lowercased = new char[64];

    SurfaceForms(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Remembers the word {@code text[start, end)} as the pages spell it (lowercased), and its folded form. */
    void add(String text, int start, int end) {
        int length = end - start;
        int known = words.size();
        if (!lowercase(text, start, end)) {
            words.idOf(text.substring(start, end).toLowerCase(Locale.ROOT));
        } else {
            words.idOf(lowercased, length);
        }
        if (words.size() > known) {
            words.idOf(LatinFolding.fold(words.term(known)));
        }
    }

    /**
     * Lowercases {@code text[start, end)} into {@link #lowercased} as {@code toLowerCase(Locale.ROOT)} would, char by
     * char; false for the chars that String lowercases in context or into two chars (Σ, İ, surrogates).
     */
    private boolean lowercase(String text, int start, int end) {
        if (lowercased.length < end - start) {
            lowercased = new char[end - start];
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
                return false;
            }
            lowercased[i - start] = Character.toLowerCase(c);
        }
        return true;
    }

    /** Every remembered word whose analysis yields indexed terms, with those terms in analysis order. */
    SortedMap<String, List<String>> vocabulary(Predicate<String> isIndexed) throws IOException {
        SortedMap<String, List<String>> vocabulary = new TreeMap<>();
        for (int id : words.inTermOrder()) {
            String word = words.term(id);
            Set<String> terms = new LinkedHashSet<>();
            try (TokenStream stream = analyzer.tokenStream(SearchField.BODY.fieldName(), word)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (isIndexed.test(term.toString())) {
                        terms.add(term.toString());
                    }
                }
                stream.end();
            }
            if (!terms.isEmpty()) {
                vocabulary.put(word, List.copyOf(terms));
            }
        }
        return vocabulary;
    }
}
