package org.guidepost.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the attribute block off the end of each task item's text and keeps it for the item itself, whichever node
 * flexmark's attributes extension chose as its owner (paragraph, text, citation or list item).
 */
final class TaskItemMarkupExtractor {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private TaskItemMarkupExtractor() {
    }

    static Map<Node, TaskItemMarkup> extract(Document document) {
        Map<Node, TaskItemMarkup> markupByItem = new IdentityHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof TaskListItem item && item.getFirstChild() instanceof Paragraph text) {
                Deque<AttributesNode> blocks = trailingAttributeBlocks(text);
                blocks.forEach(block -> detach(document, block));
                markupByItem.put(item, markupOf(blocks));
            }
        }
        return markupByItem;
    }

    private static Deque<AttributesNode> trailingAttributeBlocks(Paragraph text) {
        Deque<AttributesNode> blocks = new ArrayDeque<>();
        for (Node node = text.getLastChild(); node != null; node = node.getPrevious()) {
            if (node instanceof AttributesNode block) {
                blocks.addFirst(block);
            } else if (!(node instanceof Text && node.getChars().isBlank())) {
                break;
            }
        }
        return blocks;
    }

    private static void detach(Document document, AttributesNode block) {
        AttributesExtension.NODE_ATTRIBUTES.get(document).values().forEach(owned -> owned.remove(block));
        block.unlink();
    }

    private static TaskItemMarkup markupOf(Deque<AttributesNode> blocks) {
        String id = null;
        Set<String> classes = new LinkedHashSet<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (AttributesNode block : blocks) {
            for (Node child : block.getChildren()) {
                if (!(child instanceof AttributeNode attribute)) {
                    continue;
                }
                String name = attribute.getName().toString().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().toString();
                if (attribute.isId() || name.equals("id")) {
                    id = value;
                } else if (attribute.isClass() || name.equals("class")) {
                    for (String className : WHITE_SPACE.split(value.trim())) {
                        if (!className.isEmpty()) {
                            classes.add(className);
                        }
                    }
                } else {
                    attributes.put(name, value);
                }
            }
        }
        if (id == null && classes.isEmpty() && attributes.isEmpty()) {
            return TaskItemMarkup.NONE;
        }
        return new TaskItemMarkup(id, Collections.unmodifiableSet(classes), Collections.unmodifiableMap(attributes));
    }
}
