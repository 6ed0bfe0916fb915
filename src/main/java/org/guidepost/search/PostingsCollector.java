package org.guidepost.search;

import org.guidepost.text.LatinFolding;

/**
 * Encodes a term's postings for the browser: per document the sum over fields of Lucene's boosted BM25 score (as a
 * one-character level, see {@link ImpactScale}), and the positions per field for phrases. Exact (unfolded) forms get no
 * positions: each of their occurrences is also an occurrence of the folded form, so a phrase (Lucene's MultiPhraseQuery
 * over both forms) is decided by the folded forms alone. Not thread-safe: it reuses its buffers.
 */
final class PostingsCollector {

    private static final int BODY = SearchField.BODY.ordinal();

    private final AnalyzedPages analyzed;
    private final int[] docs;
    private final double[] scores;

    PostingsCollector(AnalyzedPages analyzed, int docCount) {
        this.analyzed = analyzed;
        this.docs = new int[docCount];
        this.scores = new double[docCount];
    }

    TermPostings collect(int term) {
        String text = analyzed.terms().term(term);
        String foldedTerm = LatinFolding.fold(text);
        boolean folded = text.equals(foldedTerm);
        FieldPostings.Cursor[] cursors = cursors(term, text);
        StringBuilder positionText = new StringBuilder();
        int count = 0;
        for (int doc = nextDoc(cursors); doc != Integer.MAX_VALUE; doc = nextDoc(cursors)) {
            double score = 0;
            for (FieldPostings.Cursor cursor : cursors) {
                if (isAt(cursor, doc)) {
                    score += cursor.score();
                }
            }
            if (folded) {
                appendPositions(positionText, cursors, doc);
            }
            for (FieldPostings.Cursor cursor : cursors) {
                if (isAt(cursor, doc)) {
                    cursor.next();
                }
            }
            docs[count] = doc;
            scores[count++] = score;
        }
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < count; i++) {
            min = Math.min(min, scores[i]);
            max = Math.max(max, scores[i]);
        }
        ImpactScale scale = ImpactScale.of(min, max);
        StringBuilder postings = new StringBuilder();
        scale.appendHeader(postings);
        appendDocs(postings, count);
        for (int i = 0; i < count; i++) {
            CompactCodec.appendLevel(postings, scale.level(scores[i]));
        }
        return new TermPostings(text, foldedTerm, postings.toString(), positionText.toString());
    }

    /** A cursor per search field (by ordinal), null for fields without the term. */
    private FieldPostings.Cursor[] cursors(int term, String text) {
        SearchField[] fields = SearchField.values();
        FieldPostings.Cursor[] cursors = new FieldPostings.Cursor[fields.length];
        for (SearchField field : fields) {
            FieldPostings postings = analyzed.postings(field);
            if (postings.docFreq(term) > 0) {
                cursors[field.ordinal()] = postings.cursor(term, text);
            }
        }
        return cursors;
    }

    /** The lowest document any field's cursor is on, or {@code Integer.MAX_VALUE} when all are exhausted. */
    private static int nextDoc(FieldPostings.Cursor[] cursors) {
        int next = Integer.MAX_VALUE;
        for (FieldPostings.Cursor cursor : cursors) {
            if (cursor != null && cursor.hasDoc()) {
                next = Math.min(next, cursor.doc());
            }
        }
        return next;
    }

    private static boolean isAt(FieldPostings.Cursor cursor, int doc) {
        return cursor != null && cursor.hasDoc() && cursor.doc() == doc;
    }

    /**
     * The first {@code count} collected documents, whichever is shorter: the number of bitmap characters then a bitmap
     * (6 documents a character), or 0, their number and their deltas. Their score levels follow, one character each.
     */
    private void appendDocs(StringBuilder out, int count) {
        StringBuilder deltas = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < count; i++) {
            CompactCodec.append(deltas, docs[i] - previous);
            previous = docs[i];
        }
        int bitmapChars = (previous + CompactCodec.BITMAP_BITS) / CompactCodec.BITMAP_BITS;
        if (bitmapChars >= deltas.length()) {
            CompactCodec.append(out, 0);
            CompactCodec.append(out, count);
            out.append(deltas);
            return;
        }
        CompactCodec.append(out, bitmapChars);
        int[] bits = new int[bitmapChars];
        for (int i = 0; i < count; i++) {
            bits[docs[i] / CompactCodec.BITMAP_BITS] |= 1 << (docs[i] % CompactCodec.BITMAP_BITS);
        }
        for (int chunk : bits) {
            CompactCodec.appendLevel(out, chunk);
        }
    }

    /**
     * Per document: twice the number of body positions, plus one when other fields follow; the body position deltas;
     * then, when other fields follow, their number and per field its index, its number of positions and their deltas.
     */
    private static void appendPositions(StringBuilder out, FieldPostings.Cursor[] cursors, int doc) {
        FieldPostings.Cursor body = isAt(cursors[BODY], doc) ? cursors[BODY] : null;
        int others = 0;
        for (int field = 0; field < cursors.length; field++) {
            if (field != BODY && isAt(cursors[field], doc)) {
                others++;
            }
        }
        CompactCodec.append(out, (body == null ? 0 : body.freq() * 2) + (others == 0 ? 0 : 1));
        if (body != null) {
            appendDeltas(out, body);
        }
        if (others > 0) {
            CompactCodec.append(out, others);
            for (int field = 0; field < cursors.length; field++) {
                if (field != BODY && isAt(cursors[field], doc)) {
                    CompactCodec.append(out, field);
                    CompactCodec.append(out, cursors[field].freq());
                    appendDeltas(out, cursors[field]);
                }
            }
        }
    }

    private static void appendDeltas(StringBuilder out, FieldPostings.Cursor cursor) {
        int previous = 0;
        for (int i = 0; i < cursor.freq(); i++) {
            CompactCodec.append(out, cursor.position(i) - previous);
            previous = cursor.position(i);
        }
    }
}
