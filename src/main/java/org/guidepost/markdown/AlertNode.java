package org.guidepost.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** AST node for a GFM alert ({@code > [!NOTE]} ...): its kind in lower case ("note", "warning"...) and shown title. */
final class AlertNode extends Block {

    private final String kind;
    private final String title;

    AlertNode(BasedSequence chars, String kind, String title) {
        super(chars);
        this.kind = kind;
        this.title = title;
    }

    String kind() {
        return kind;
    }

    String title() {
        return title;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
