package org.guidepost.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.guidepost.text.LatinFolding;

/** Emits each token folded (sữa → sua, đường → duong) and, when folding changed it, also the exact form at the same position. */
final class DiacriticFoldingFilter extends TokenFilter {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);
    private State pendingState;
    private String pendingExact;

    DiacriticFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingExact != null) {
            restoreState(pendingState);
            termAttribute.setEmpty().append(pendingExact);
            positionAttribute.setPositionIncrement(0);
            pendingExact = null;
            pendingState = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (isAscii(termAttribute.buffer(), termAttribute.length())) {
            return true;
        }
        String exact = termAttribute.toString();
        String folded = LatinFolding.fold(exact);
        if (!folded.equals(exact)) {
            pendingState = captureState();
            pendingExact = exact;
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
        pendingState = null;
    }
}
