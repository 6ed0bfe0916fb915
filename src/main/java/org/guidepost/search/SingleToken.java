package org.guidepost.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** A token stream of one given token, as a tokenizer would emit it alone: for running a filter chain over a single token. */
final class SingleToken extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private char[] text = new char[0];
    private int length;
    private String tokenType;
    private boolean pending;

    /** The token the stream emits after its next reset. */
    void set(char[] buffer, int length, String tokenType) {
        this.text = buffer;
        this.length = length;
        this.tokenType = tokenType;
    }

    @Override
    public boolean incrementToken() {
        if (!pending) {
            return false;
        }
        pending = false;
        clearAttributes();
        term.copyBuffer(text, 0, length);
        type.setType(tokenType);
        offset.setOffset(0, length);
        increment.setPositionIncrement(1);
        return true;
    }

    @Override
    public void reset() {
        pending = true;
    }
}
