package org.guidepost.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Replays tokens recorded from an analyzer (term, position increment, offsets), so Lucene indexes them without re-analysis. */
final class RecordedTokens extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final List<String> terms = new ArrayList<>();
    private final List<int[]> positions = new ArrayList<>();
    private final int textLength;
    private int next;

    RecordedTokens(int textLength) {
        this.textLength = textLength;
    }

    void add(String termText, int positionIncrement, int start, int end) {
        terms.add(termText);
        positions.add(new int[] {positionIncrement, start, end});
    }

    @Override
    public boolean incrementToken() {
        if (next >= terms.size()) {
            return false;
        }
        clearAttributes();
        int[] position = positions.get(next);
        term.setEmpty().append(terms.get(next));
        increment.setPositionIncrement(position[0]);
        offset.setOffset(position[1], position[2]);
        next++;
        return true;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(textLength, textLength);
    }

    @Override
    public void reset() {
        next = 0;
    }
}
