package org.guidepost.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;

/** AST node for a citation bracket such as {@code [@moh-2015, p. 12]}; rendered as placeholders numbered later. */
final class CitationNode extends Node implements DoNotDecorate {

    private final List<CitationSyntax.CitedKey> keys;
    private int firstCitationIndex = -1;

    CitationNode(BasedSequence chars, List<CitationSyntax.CitedKey> keys) {
        super(chars);
        this.keys = List.copyOf(keys);
    }

    List<CitationSyntax.CitedKey> keys() {
        return keys;
    }

    /** Source offset of a key's {@code @}: the node starts at its opening bracket. */
    int offsetOf(CitationSyntax.CitedKey key) {
        return getStartOffset() + 1 + key.offset();
    }

    int firstCitationIndex() {
        return firstCitationIndex;
    }

    void setFirstCitationIndex(int index) {
        this.firstCitationIndex = index;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
