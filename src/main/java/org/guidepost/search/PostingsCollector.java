package org.guidepost.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.guidepost.text.LatinFolding;

/**
 * Reads a term's postings from the Lucene index and encodes them for the browser: per document the sum over fields
 * of Lucene's own boosted BM25 score (as a one-character level, see {@link ImpactScale}), and the positions per field
 * for phrases. Exact (unfolded) forms get no positions: each of their occurrences is also an occurrence of the folded
 * form, so a phrase (Lucene's MultiPhraseQuery over both forms) is decided by the folded forms alone.
 */
final class PostingsCollector {

    private final IndexSearcher searcher;
    private final LeafReaderContext leaf;
    private final double[] scores;
    private final List<List<int[]>> positionsByDoc;

    PostingsCollector(IndexSearcher searcher, LeafReaderContext leaf) {
        this.searcher = searcher;
        this.leaf = leaf;
        int maxDoc = leaf.reader().maxDoc();
        this.scores = new double[maxDoc];
        this.positionsByDoc = new ArrayList<>(maxDoc);
        for (int i = 0; i < maxDoc; i++) {
            positionsByDoc.add(new ArrayList<>());
        }
    }

    TermPostings collect(String term, Set<String> fieldsWithTerm) throws IOException {
        List<Integer> docs = new ArrayList<>();
        SearchField[] fields = SearchField.values();
        for (int f = 0; f < fields.length; f++) {
            if (!fieldsWithTerm.contains(fields[f].fieldName())) {
                continue;
            }
            Term luceneTerm = new Term(fields[f].fieldName(), term);
            Weight weight = searcher.createWeight(searcher.rewrite(new BoostQuery(new TermQuery(luceneTerm), fields[f].boost())),
                    ScoreMode.COMPLETE, 1f);
            Scorer scorer = weight.scorer(leaf);
            PostingsEnum positions = leaf.reader().postings(luceneTerm, PostingsEnum.POSITIONS);
            if (scorer == null || positions == null) {
                continue;
            }
            DocIdSetIterator iterator = scorer.iterator();
            for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                if (scores[doc] == 0) {
                    docs.add(doc);
                }
                scores[doc] += scorer.score();
                positions.advance(doc);
                int[] group = new int[positions.freq() + 1];
                group[0] = f;
                for (int i = 1; i < group.length; i++) {
                    group[i] = positions.nextPosition();
                }
                positionsByDoc.get(doc).add(group);
            }
        }
        docs.sort(null);
        String foldedTerm = LatinFolding.fold(term);
        boolean folded = term.equals(foldedTerm);
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int doc : docs) {
            min = Math.min(min, scores[doc]);
            max = Math.max(max, scores[doc]);
        }
        ImpactScale scale = docs.isEmpty() ? new ImpactScale(1, 1) : ImpactScale.of(min, max);
        StringBuilder postings = new StringBuilder();
        scale.appendHeader(postings);
        appendDocs(postings, docs);
        StringBuilder positionText = new StringBuilder();
        for (int doc : docs) {
            CompactCodec.appendLevel(postings, scale.level(scores[doc]));
            if (folded) {
                appendPositions(positionText, positionsByDoc.get(doc));
            }
            scores[doc] = 0;
            positionsByDoc.get(doc).clear();
        }
        return new TermPostings(term, foldedTerm, postings.toString(), positionText.toString());
    }

    /**
     * The documents, whichever is shorter: the number of bitmap characters then a bitmap (6 documents a character), or
     * 0, their number and their deltas. Their score levels follow, one character each.
     */
    private static void appendDocs(StringBuilder out, List<Integer> docs) {
        StringBuilder deltas = new StringBuilder();
        int previous = 0;
        for (int doc : docs) {
            CompactCodec.append(deltas, doc - previous);
            previous = doc;
        }
        int bitmapChars = (previous + CompactCodec.BITMAP_BITS) / CompactCodec.BITMAP_BITS;
        if (docs.isEmpty() || bitmapChars >= deltas.length()) {
            CompactCodec.append(out, 0);
            CompactCodec.append(out, docs.size());
            out.append(deltas);
            return;
        }
        CompactCodec.append(out, bitmapChars);
        int[] bits = new int[bitmapChars];
        for (int doc : docs) {
            bits[doc / CompactCodec.BITMAP_BITS] |= 1 << (doc % CompactCodec.BITMAP_BITS);
        }
        for (int chunk : bits) {
            CompactCodec.appendLevel(out, chunk);
        }
    }

    /**
     * Per document: twice the number of body positions, plus one when other fields follow; the body position deltas;
     * then, when other fields follow, their number and per field its index, its number of positions and their deltas.
     */
    private static void appendPositions(StringBuilder out, List<int[]> groups) {
        int[] body = null;
        List<int[]> others = new ArrayList<>();
        for (int[] group : groups) {
            if (group[0] == SearchField.BODY.ordinal()) {
                body = group;
            } else {
                others.add(group);
            }
        }
        CompactCodec.append(out, (body == null ? 0 : (body.length - 1) * 2) + (others.isEmpty() ? 0 : 1));
        if (body != null) {
            appendDeltas(out, body);
        }
        if (!others.isEmpty()) {
            CompactCodec.append(out, others.size());
            for (int[] group : others) {
                CompactCodec.append(out, group[0]);
                CompactCodec.append(out, group.length - 1);
                appendDeltas(out, group);
            }
        }
    }

    private static void appendDeltas(StringBuilder out, int[] group) {
        int previous = 0;
        for (int i = 1; i < group.length; i++) {
            CompactCodec.append(out, group[i] - previous);
            previous = group[i];
        }
    }
}
