package org.guidepost.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analyzes each field value of a language's pages exactly once, into everything the offline export needs: the inverted
 * list of every field, the surface words, and each page's body tokens (term and start offset).
 */
final class AnalyzedPages {

    private final Analyzer analyzer;
    private final TermIds terms = new TermIds();
    private final SurfaceForms surfaceForms;
    private final FieldPostings[] postings = new FieldPostings[SearchField.values().length];
    private final int[][] bodyTerms;
    private final int[][] bodyStarts;
    private int[] termBuffer = new int[256];
    private int[] startBuffer = new int[256];
    private int bodyTokenCount;

    /** Analyzes the pages (in index order) with the language's analyzer. */
    AnalyzedPages(Analyzer analyzer, List<SearchDocument> documents) {
        this.analyzer = analyzer;
        this.surfaceForms = new SurfaceForms(analyzer);
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
                    analyze(field, value);
                }
                fieldPostings.endDocument();
            }
            bodyTerms[doc] = Arrays.copyOf(termBuffer, bodyTokenCount);
            bodyStarts[doc] = Arrays.copyOf(startBuffer, bodyTokenCount);
            bodyTokenCount = 0;
        }
    }

    private void analyze(SearchField field, String text) {
        FieldPostings fieldPostings = postings[field.ordinal()];
        boolean body = field == SearchField.BODY;
        try (TokenStream stream = analyzer.tokenStream(field.fieldName(), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int id = terms.idOf(term.buffer(), term.length());
                fieldPostings.add(id, increment.getPositionIncrement());
                if (increment.getPositionIncrement() > 0) {
                    surfaceForms.add(text, offset.startOffset(), offset.endOffset());
                }
                if (body) {
                    addBodyToken(id, offset.startOffset());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
