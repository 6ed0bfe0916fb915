package org.guidepost.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.guidepost.text.Slugifier;

/** Lets flexmark render the heading ids {@link HeadingIdAssigner} chose at parse time instead of generating its own. */
final class AssignedHeadingIds implements HtmlIdGenerator {

    @Override
    public void generateIds(Document document) {
        // ids are assigned when the document is parsed
    }

    @Override
    public String getId(Node node) {
        if (node instanceof AnchorRefTarget target && !target.getAnchorRefId().isEmpty()) {
            return target.getAnchorRefId();
        }
        return null;
    }

    @Override
    public String getId(CharSequence text) {
        return Slugifier.slugify(text.toString());
    }
}
