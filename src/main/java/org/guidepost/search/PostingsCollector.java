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
 * of Lucene's own boosted BM25 score (scaled to an integer impact), and the positions per field for phrases. Exact
 * (unfolded) forms get no positions: each of their occurrences is also an occurrence of the folded form, so a phrase
 * (Lucene's MultiPhraseQuery over both forms) is decided by the folded forms alone.
 */
final class PostingsCollector {

    /** Impacts are Lucene scores times this scale, rounded. */
    static final int SCALE = 20;

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
        boolean folded = term.equals(LatinFolding.fold(term));
        StringBuilder postings = new StringBuilder();
        StringBuilder positionText = new StringBuilder();
        int previous = 0;
        for (int doc : docs) {
            CompactCodec.append(postings, doc - previous);
            CompactCodec.append(postings, Math.max(1, (int) Math.round(scores[doc] * SCALE)));
            previous = doc;
            if (folded) {
                appendPositions(positionText, positionsByDoc.get(doc));
            }
            scores[doc] = 0;
            positionsByDoc.get(doc).clear();
        }
        return new TermPostings(term, LatinFolding.fold(term), postings.toString(), positionText.toString());
    }

    /** Per document: the number of fields, then per field its index, the number of positions and their deltas. */
    private static void appendPositions(StringBuilder out, List<int[]> groups) {
        CompactCodec.append(out, groups.size());
        for (int[] group : groups) {
            CompactCodec.append(out, group[0]);
            CompactCodec.append(out, group.length - 1);
            int previous = 0;
            for (int i = 1; i < group.length; i++) {
                CompactCodec.append(out, group[i] - previous);
                previous = group[i];
            }
        }
    }
}
