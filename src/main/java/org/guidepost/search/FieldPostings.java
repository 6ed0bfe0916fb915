package org.guidepost.search;

import java.util.Arrays;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

/**
 * The inverted list of one search field, as Lucene's IndexWriter inverts the same tokens (documents added in order, one
 * segment): per term its documents, frequencies and positions; per document the field's length norm; and the field
 * statistics an IndexSearcher scores with. Scores are Lucene's own BM25, boosted by the field's boost.
 */
final class FieldPostings {

    private static final Similarity SIMILARITY = new BM25Similarity();

    /** Per term, at {@code term * STRIDE}: its list's header, then the rest of its state (one int spare: 32 bytes a term). */
    private static final int STRIDE = 8;
    private static final int LIST = 0;
    /** The last document the term occurred in, plus one (0: none yet). */
    private static final int LAST_DOC = IntListPool.HEADER;
    /** Where that document's frequency is in the pool. */
    private static final int FREQ_AT = LAST_DOC + 1;
    private static final int DOC_FREQ = FREQ_AT + 1;

    private final SearchField field;
    private final long[] norms;
    /** Per term, for each of its documents in order: the document, its frequency, then that many positions. */
    private final IntListPool occurrences = new IntListPool();
    private int[] terms = new int[1024 * STRIDE];
    private int docCount;
    private long sumDocFreq;
    private long sumTotalTermFreq;

    /** The document being inverted: Lucene's FieldInvertState. */
    private int doc = -1;
    private int position;
    private int length;
    private int overlaps;

    FieldPostings(SearchField field, int maxDoc) {
        this.field = field;
        this.norms = new long[maxDoc];
    }

    /** Starts the field of a document; all its values follow, their positions continuing (Lucene's position gap is 0). */
    void startDocument(int doc) {
        this.doc = doc;
        position = -1;
        length = 0;
        overlaps = 0;
    }

    /** The next token of the current document: its term and position increment (0 for another form at the same position). */
    void add(int term, int increment) {
        position += increment;
        length++;
        if (increment == 0) {
            overlaps++;
        }
        int at = stateOf(term);
        if (terms[at + LAST_DOC] != doc + 1) {
            if (terms[at + DOC_FREQ]++ == 0) {
                occurrences.start(terms, at + LIST);
            }
            terms[at + LAST_DOC] = doc + 1;
            sumDocFreq++;
            occurrences.append(terms, at + LIST, doc);
            terms[at + FREQ_AT] = occurrences.append(terms, at + LIST, 0);
        }
        occurrences.increment(terms[at + FREQ_AT]);
        occurrences.append(terms, at + LIST, position);
    }

    /** Ends the current document's field: its norm, from the number of positions (Lucene discounts overlapping tokens). */
    void endDocument() {
        if (length == 0) {
            return;
        }
        FieldInvertState state = new FieldInvertState(Version.LATEST.major, field.fieldName(), IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
                position, length, overlaps, 0, 0, 0);
        norms[doc] = SIMILARITY.computeNorm(state);
        docCount++;
        sumTotalTermFreq += length;
    }

    /** The number of documents whose field has the term. */
    int docFreq(int term) {
        return term * STRIDE < terms.length ? terms[term * STRIDE + DOC_FREQ] : 0;
    }

    /** The term's documents in order, scored as a boosted TermQuery on this field scores them. */
    Cursor cursor(int term, String text) {
        CollectionStatistics collection = new CollectionStatistics(field.fieldName(), norms.length, docCount, sumTotalTermFreq, sumDocFreq);
        int at = term * STRIDE;
        int[] data = occurrences.toArray(terms, at + LIST);
        long totalTermFreq = data.length - 2L * terms[at + DOC_FREQ]; // every entry is a position, but each document's number and frequency
        TermStatistics statistics = new TermStatistics(new BytesRef(text), terms[at + DOC_FREQ], totalTermFreq);
        return new Cursor(data, SIMILARITY.scorer(field.boost(), collection, statistics));
    }

    /** Documents of a term with at least one occurrence, in document order. */
    final class Cursor {

        private final int[] data;
        private final Similarity.SimScorer scorer;
        private int at;

        private Cursor(int[] data, Similarity.SimScorer scorer) {
            this.data = data;
            this.scorer = scorer;
        }

        boolean hasDoc() {
            return at < data.length;
        }

        int doc() {
            return data[at];
        }

        int freq() {
            return data[at + 1];
        }

        /** The {@code i}-th position of the term in the current document, ascending. */
        int position(int i) {
            return data[at + 2 + i];
        }

        float score() {
            return scorer.score(freq(), norms[doc()]);
        }

        void next() {
            at += 2 + freq();
        }
    }

    /** Where the term's state starts, growing the table to hold it. */
    private int stateOf(int term) {
        int at = term * STRIDE;
        if (at >= terms.length) {
            terms = Arrays.copyOf(terms, Math.max(at + STRIDE, terms.length * 2)); // a field may meet its first term late
        }
        return at;
    }
}
