package org.guidepost.markdown;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;

/** Replaces the obsolete {@code align} attribute on table cells by a class ({@code align-left/center/right}), valid in HTML5. */
final class TableAlignmentClasses implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell) {
            Attribute align = attributes.get("align");
            if (align != null) {
                attributes.remove("align");
                attributes.addValue("class", "align-" + align.getValue());
            }
        }
    }
}
