package org.guidepost.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;

import java.util.List;
import java.util.Map;

/** What the parse step hands to the renderers through the flexmark document: task-item markup and the headings. */
final class RenderData {

    static final DataKey<Map<Node, TaskItemMarkup>> TASK_ITEM_MARKUP = new DataKey<>("GUIDEPOST_TASK_ITEM_MARKUP", Map.of());
    static final DataKey<List<Heading>> HEADINGS = new DataKey<>("GUIDEPOST_HEADINGS", List.of());

    private RenderData() {
    }
}
