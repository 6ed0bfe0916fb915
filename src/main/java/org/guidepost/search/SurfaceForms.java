package org.guidepost.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
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
    private final Set<String> words = new HashSet<>();

    SurfaceForms(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Remembers a word as the pages spell it (lowercased), and its folded form. */
    void add(String word) {
        if (words.add(word)) {
            words.add(LatinFolding.fold(word));
        }
    }

    /** Every remembered word whose analysis yields indexed terms, with those terms in analysis order. */
    SortedMap<String, List<String>> vocabulary(Predicate<String> isIndexed) throws IOException {
        SortedMap<String, List<String>> vocabulary = new TreeMap<>();
        for (String word : new TreeSet<>(words)) {
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
