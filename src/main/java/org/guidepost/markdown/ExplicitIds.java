package org.guidepost.markdown;

import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds the ids authors wrote in attribute blocks ({@code {#id}} or {@code {id=...}}), so generated ids avoid them. */
final class ExplicitIds {

    private ExplicitIds() {
    }

    static Set<String> in(Document document) {
        Set<String> ids = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributeNode attribute && isId(attribute)) {
                ids.add(attribute.getValue().toString());
            }
        }
        return ids;
    }

    /** The id an attributes owner receives, or null: the last one written wins, as in flexmark's attribute provider. */
    static String ofOwner(Document document, Node owner) {
        String id = null;
        List<AttributesNode> owned = AttributesExtension.NODE_ATTRIBUTES.get(document).get(owner);
        if (owned != null) {
            for (AttributesNode block : owned) {
                for (Node child : block.getChildren()) {
                    if (child instanceof AttributeNode attribute && isId(attribute)) {
                        id = attribute.getValue().toString();
                    }
                }
            }
        }
        return id;
    }

    private static boolean isId(AttributeNode attribute) {
        return attribute.isId() || attribute.getName().toString().equalsIgnoreCase("id");
    }
}
