package org.guidepost.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analyzes each field value of a language's pages exactly once, for the Lucene index (as recorded tokens) and for the
 * offline export: the surface words, each page's body tokens and every body term's document frequency.
 */
final class AnalyzedPages implements SearchIndexBuilder.FieldTokens {

    private final Analyzer analyzer;
    private final SurfaceForms surfaceForms;
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private int[] bodyDocFreq = new int[1024];
    private int[] lastBodyDoc = new int[1024];
    private final List<int[]> bodyTermsByDoc = new ArrayList<>();
    private final List<int[]> bodyStartsByDoc = new ArrayList<>();

    AnalyzedPages(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.surfaceForms = new SurfaceForms(analyzer);
    }

    @Override
    public TokenStream tokens(int doc, SearchField field, String text) {
        RecordedTokens recorded = new RecordedTokens(text.length());
        boolean body = field == SearchField.BODY;
        int[] ids = new int[body ? 256 : 0];
        int[] starts = new int[ids.length];
        int count = 0;
        try (TokenStream stream = analyzer.tokenStream(field.fieldName(), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String termText = term.toString();
                recorded.add(termText, increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
                if (increment.getPositionIncrement() > 0) {
                    surfaceForms.add(text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT));
                }
                if (body) {
                    if (count == ids.length) {
                        ids = Arrays.copyOf(ids, count * 2);
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    ids[count] = termId(termText);
                    starts[count++] = offset.startOffset();
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body) {
            recordBody(doc, Arrays.copyOf(ids, count), Arrays.copyOf(starts, count));
        }
        return recorded;
    }

    private int termId(String term) {
        Integer id = termIds.get(term);
        if (id == null) {
            id = terms.size();
            termIds.put(term, id);
            terms.add(term);
            if (id == bodyDocFreq.length) {
                bodyDocFreq = Arrays.copyOf(bodyDocFreq, id * 2);
                lastBodyDoc = Arrays.copyOf(lastBodyDoc, id * 2);
            }
            lastBodyDoc[id] = -1;
        }
        return id;
    }

    private void recordBody(int doc, int[] ids, int[] starts) {
        while (bodyTermsByDoc.size() <= doc) {
            bodyTermsByDoc.add(new int[0]);
            bodyStartsByDoc.add(new int[0]);
        }
        for (int id : ids) {
            if (lastBodyDoc[id] != doc) {
                lastBodyDoc[id] = doc;
                bodyDocFreq[id]++;
            }
        }
        bodyTermsByDoc.set(doc, ids);
        bodyStartsByDoc.set(doc, starts);
    }

    SurfaceForms surfaceForms() {
        return surfaceForms;
    }

    /** The body tokens of a page (term and start offset), in order. */
    List<ExcerptSelector.Token> bodyTokens(int doc) {
        if (doc >= bodyTermsByDoc.size()) {
            return List.of();
        }
        int[] ids = bodyTermsByDoc.get(doc);
        int[] starts = bodyStartsByDoc.get(doc);
        List<ExcerptSelector.Token> tokens = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            tokens.add(new ExcerptSelector.Token(terms.get(ids[i]), starts[i]));
        }
        return tokens;
    }

    /** Body terms weighted by inverse document frequency (rare terms weigh more), for choosing excerpts. */
    Map<String, Double> bodyWeights(int docCount) {
        Map<String, Double> weights = new HashMap<>();
        for (int id = 0; id < terms.size(); id++) {
            if (bodyDocFreq[id] > 0) {
                weights.put(terms.get(id), Math.log(1 + (docCount + 1.0) / (bodyDocFreq[id] + 1.0)));
            }
        }
        return weights;
    }
}
