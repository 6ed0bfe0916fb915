package org.guidepost.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.guidepost.text.LatinFolding;

/**
 * Emits each token folded (sữa → sua, đường → duong) and, when folding changed it, also the exact form at the same
 * position. Each distinct token is folded once: a page repeats its words, and the site its vocabulary.
 */
final class DiacriticFoldingFilter extends TokenFilter {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);
    private final TermIds tokens = new TermIds();
    /** Per token id: its folded form, or null when folding leaves it as it is. */
    private final List<String> folds = new ArrayList<>();
    private String pendingExact;

    DiacriticFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingExact != null) {
            // the same token again: its other attributes (offsets, type) still hold, as this is the last filter of the chain
            termAttribute.setEmpty().append(pendingExact);
            positionAttribute.setPositionIncrement(0);
            pendingExact = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (isAscii(termAttribute.buffer(), termAttribute.length())) {
            return true;
        }
        int id = tokens.idOf(termAttribute.buffer(), termAttribute.length());
        if (id == folds.size()) {
            String exact = tokens.term(id);
            String folded = LatinFolding.fold(exact);
            folds.add(folded.equals(exact) ? null : folded);
        }
        String folded = folds.get(id);
        if (folded != null) {
            pendingExact = tokens.term(id);
            termAttribute.setEmpty().append(folded);
        }
        return true;
    }

    private static boolean isAscii(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingExact = null;
    }
}
