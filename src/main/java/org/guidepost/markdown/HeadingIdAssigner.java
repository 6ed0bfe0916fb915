package org.guidepost.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.guidepost.text.Slugifier;

import java.util.HashSet;
import java.util.Set;

/**
 * Gives every heading a stable id: the author's {@code {#id}} if any, else the slug of its visible text
 * ("section" when nothing is left), suffixed -2, -3... so that ids stay unique in the document.
 */
final class HeadingIdAssigner {

    private static final String EMPTY_SLUG_ID = "section";

    private HeadingIdAssigner() {
    }

    static void assign(Document document, Set<String> explicitIds) {
        Set<String> used = new HashSet<>(explicitIds);
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                String explicit = ExplicitIds.ofOwner(document, heading);
                String id = explicit != null ? explicit : unique(slugOf(heading), used);
                used.add(id);
                heading.setAnchorRefId(id);
                heading.setExplicitAnchorRefId(true);
            }
        }
    }

    private static String slugOf(com.vladsch.flexmark.ast.Heading heading) {
        String slug = Slugifier.slugify(VisibleText.of(heading));
        return slug.isEmpty() ? EMPTY_SLUG_ID : slug;
    }

    private static String unique(String base, Set<String> used) {
        String candidate = base;
        for (int suffix = 2; used.contains(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }
}
