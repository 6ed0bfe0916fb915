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

    private final SearchField field;
    private final long[] norms;
    /** Per term: for each of its documents in order, the document, its frequency, then that many positions. */
    private int[][] occurrences = new int[1024][];
    /** Per term: how much of its occurrence list is filled. */
    private int[] used = new int[1024];
    /** Per term: the last document it occurred in, and where that document's frequency is in its occurrence list. */
    private int[] lastDoc = filled(1024, -1);
    private int[] freqAt = new int[1024];
    private int[] docFreq = new int[1024];
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
        ensureCapacity(term);
        if (lastDoc[term] != doc) {
            lastDoc[term] = doc;
            docFreq[term]++;
            sumDocFreq++;
            append(term, doc);
            freqAt[term] = used[term];
            append(term, 0);
        }
        occurrences[term][freqAt[term]]++;
        append(term, position);
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
        return term < docFreq.length ? docFreq[term] : 0;
    }

    /** The term's documents in order, scored as a boosted TermQuery on this field scores them. */
    Cursor cursor(int term, String text) {
        CollectionStatistics collection = new CollectionStatistics(field.fieldName(), norms.length, docCount, sumTotalTermFreq, sumDocFreq);
        long totalTermFreq = used[term] - 2L * docFreq[term]; // every entry is a position, but each document's number and frequency
        TermStatistics statistics = new TermStatistics(new BytesRef(text), docFreq[term], totalTermFreq);
        return new Cursor(occurrences[term], used[term], SIMILARITY.scorer(field.boost(), collection, statistics));
    }

    /** Documents of a term with at least one occurrence, in document order. */
    final class Cursor {

        private final int[] data;
        private final int end;
        private final Similarity.SimScorer scorer;
        private int at;

        private Cursor(int[] data, int end, Similarity.SimScorer scorer) {
            this.data = data;
            this.end = end;
            this.scorer = scorer;
        }

        boolean hasDoc() {
            return at < end;
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

    private void append(int term, int value) {
        int[] list = occurrences[term];
        if (list == null) {
            list = occurrences[term] = new int[4];
        } else if (used[term] == list.length) {
            list = occurrences[term] = Arrays.copyOf(list, list.length * 2);
        }
        list[used[term]++] = value;
    }

    private void ensureCapacity(int term) {
        if (term < used.length) {
            return;
        }
        int capacity = Math.max(term + 1, used.length * 2);
        occurrences = Arrays.copyOf(occurrences, capacity);
        used = Arrays.copyOf(used, capacity);
        int oldLength = lastDoc.length;
        lastDoc = Arrays.copyOf(lastDoc, capacity);
        Arrays.fill(lastDoc, oldLength, capacity, -1);
        freqAt = Arrays.copyOf(freqAt, capacity);
        docFreq = Arrays.copyOf(docFreq, capacity);
    }

    private static int[] filled(int length, int value) {
        int[] array = new int[length];
        Arrays.fill(array, value);
        return array;
    }
}
