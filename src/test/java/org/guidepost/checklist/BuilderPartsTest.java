package org.guidepost.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BuilderPartsTest {

    private static ChecklistView.Item item(String id, String topic, String topicLabel) {
        return new ChecklistView.Item(id, "item-" + id, "check-" + id, id, id, List.of(), List.of(), "a.html#" + id, "A", null, null, topic, topicLabel);
    }

    @Test
    void makesOnePartPerTopicByLabelWithTheItemsWithoutTopicLast() {
        ChecklistView catalogue = new ChecklistView("builder", "en", "Make", "", "Site", "key", null, "", List.of(
                new ChecklistView.Section("First article", "gp-section-1", List.of(item("a", "sleep", "Sleep"), item("b", null, null), item("c", "feeding", "Feeding"))),
                new ChecklistView.Section("Second article", "gp-section-2", List.of(item("d", "sleep", "Sleep")))), List.of(), List.of());

        List<BuilderView.Part> parts = BuilderParts.of(catalogue, "Other", index -> "part-" + index + ".js");

        assertEquals(List.of("Feeding", "Sleep", "Other"), parts.stream().map(BuilderView.Part::label).toList());
        assertEquals(List.of("c", "a d", "b"), parts.stream().map(BuilderView.Part::itemIds).toList());
        assertEquals(List.of(1, 2, 1), parts.stream().map(BuilderView.Part::count).toList());
        assertEquals("part-1.js", parts.get(1).src());
        // an article with items in two parts gets a section in each, with anchors that cannot clash
        assertEquals(List.of("First article", "Second article"), parts.get(1).sections().stream().map(ChecklistView.Section::title).toList());
        assertEquals(List.of("gp-part-1-1", "gp-part-1-2"), parts.get(1).sections().stream().map(ChecklistView.Section::anchor).toList());
        assertEquals("gp-part-0-1", parts.get(0).sections().get(0).anchor());
    }
}
