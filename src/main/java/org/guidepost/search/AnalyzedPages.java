package org.guidepost.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Analyzes each field value of a language's pages exactly once, into everything the offline export needs: the inverted
 * list of every field, the surface words, and each page's body tokens (term and start offset).
 */
final class AnalyzedPages {

    private final Analyzer analyzer;
    private final TermIds terms = new TermIds();
    private final SurfaceForms surfaceForms;
    /** The tokenizer and each distinct token's terms, when the profile's filters take tokens alone; else null. */
    private final Tokenizer tokenizer;
    private final TokenTerms tokenTerms;
    private final FieldPostings[] postings = new FieldPostings[SearchField.values().length];
    private final int[][] bodyTerms;
    private final int[][] bodyStarts;
    private int[] termBuffer = new int[256];
    private int[] startBuffer = new int[256];
    private int bodyTokenCount;

    /** Analyzes the pages (in index order) with the profile's analysis chain. */
    AnalyzedPages(AnalyzerProfile profile, List<SearchDocument> documents) {
        this(profile, documents, profile.filtersTokensAlone());
    }

    /** As above; {@code filterEachTokenOnce} false runs the whole chain over every token (the reference the shortcut is tested against). */
    AnalyzedPages(AnalyzerProfile profile, List<SearchDocument> documents, boolean filterEachTokenOnce) {
        this.analyzer = new LanguageAnalyzer(profile);
        this.surfaceForms = new SurfaceForms(analyzer);
        this.tokenizer = filterEachTokenOnce ? LanguageAnalyzer.tokenizer(profile) : null;
        this.tokenTerms = filterEachTokenOnce ? new TokenTerms(profile, terms) : null;
        for (SearchField field : SearchField.values()) {
            postings[field.ordinal()] = new FieldPostings(field, documents.size());
        }
        bodyTerms = new int[documents.size()][];
        bodyStarts = new int[documents.size()][];
        for (int doc = 0; doc < documents.size(); doc++) {
            for (SearchField field : SearchField.values()) {
                FieldPostings fieldPostings = postings[field.ordinal()];
                fieldPostings.startDocument(doc);
                for (String value : field.values(documents.get(doc))) {
                    if (tokenizer != null) {
                        analyzeTokenByToken(field, value);
                    } else {
                        analyze(field, value);
                    }
                }
                fieldPostings.endDocument();
            }
            bodyTerms[doc] = Arrays.copyOf(termBuffer, bodyTokenCount);
            bodyStarts[doc] = Arrays.copyOf(startBuffer, bodyTokenCount);
            bodyTokenCount = 0;
        }
    }

    /** Runs the whole chain over the text. */
    private void analyze(SearchField field, String text) {
        try (TokenStream stream = analyzer.tokenStream(field.fieldName(), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0) {
                    surfaceForms.add(text, offset.startOffset(), offset.endOffset());
                }
                add(field, terms.idOf(term.buffer(), term.length()), increment.getPositionIncrement(), offset.startOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tokenizes the text and takes each token's terms from {@link #tokenTerms}: the same tokens as the whole chain, as
     * its filters leave offsets alone and only add up the position increments of the tokens they drop (stop words).
     */
    private void analyzeTokenByToken(SearchField field, String text) {
        CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
        TypeAttribute type = tokenizer.getAttribute(TypeAttribute.class);
        OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = tokenizer.getAttribute(PositionIncrementAttribute.class);
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            int dropped = 0;
            while (tokenizer.incrementToken()) {
                int known = tokenTerms.size();
                int token = tokenTerms.idOf(term.buffer(), term.length(), type.type());
                int first = tokenTerms.firstOutput(token);
                int end = tokenTerms.endOfOutputs(token);
                if (first == end) {
                    dropped += increment.getPositionIncrement();
                    continue;
                }
                if (tokenTerms.size() > known) {
                    surfaceForms.add(text, offset.startOffset(), offset.endOffset()); // the same for every occurrence of the token
                }
                add(field, tokenTerms.term(first), tokenTerms.increment(first) - 1 + increment.getPositionIncrement() + dropped, offset.startOffset());
                for (int output = first + 1; output < end; output++) {
                    add(field, tokenTerms.term(output), tokenTerms.increment(output), offset.startOffset());
                }
                dropped = 0;
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(SearchField field, int term, int increment, int start) {
        postings[field.ordinal()].add(term, increment);
        if (field == SearchField.BODY) {
            addBodyToken(term, start);
        }
    }

    private void addBodyToken(int term, int start) {
        if (bodyTokenCount == termBuffer.length) {
            termBuffer = Arrays.copyOf(termBuffer, bodyTokenCount * 2);
            startBuffer = Arrays.copyOf(startBuffer, bodyTokenCount * 2);
        }
        termBuffer[bodyTokenCount] = term;
        startBuffer[bodyTokenCount++] = start;
    }

    TermIds terms() {
        return terms;
    }

    SurfaceForms surfaceForms() {
        return surfaceForms;
    }

    /** The inverted list of a field. */
    FieldPostings postings(SearchField field) {
        return postings[field.ordinal()];
    }

    /** The terms of a page's body tokens, in order. */
    int[] bodyTerms(int doc) {
        return bodyTerms[doc];
    }

    /** Where each of a page's body tokens starts in the (normalized) body. */
    int[] bodyStarts(int doc) {
        return bodyStarts[doc];
    }

    /** Per term, its weight for choosing excerpts: inverse body document frequency (rare terms weigh more), 0 when not in a body. */
    double[] bodyWeights() {
        FieldPostings body = postings(SearchField.BODY);
        double[] weights = new double[terms.size()];
        for (int term = 0; term < weights.length; term++) {
            int docFreq = body.docFreq(term);
            if (docFreq > 0) {
                weights[term] = Math.log(1 + (bodyTerms.length + 1.0) / (docFreq + 1.0));
            }
        }
        return weights;
    }
}
