package org.guidepost.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Splits the builder's catalogue (sections by article) into one part per topic, topics by label and those without one last. */
final class BuilderParts {

    private BuilderParts() {
    }

    /** The parts; {@code srcOf} gives the script of the part with an index, {@code otherLabel} names the part without a topic. */
    static List<BuilderView.Part> of(ChecklistView catalogue, String otherLabel, IntFunction<String> srcOf) {
        Map<String, String> labels = new LinkedHashMap<>();
        catalogue.sections().forEach(section -> section.items().forEach(item -> labels.putIfAbsent(topicOf(item), labelOf(item, otherLabel))));
        List<String> topics = new ArrayList<>(labels.keySet());
        topics.sort(Comparator.comparing((String topic) -> topic.isEmpty()).thenComparing(labels::get).thenComparing(topic -> topic));
        Map<String, Integer> indexOf = new HashMap<>();
        Map<String, List<ChecklistView.Section>> sections = new HashMap<>();
        topics.forEach(topic -> {
            indexOf.put(topic, indexOf.size());
            sections.put(topic, new ArrayList<>());
        });
        for (ChecklistView.Section section : catalogue.sections()) {
            Map<String, List<ChecklistView.Item>> itemsByTopic = new LinkedHashMap<>();
            section.items().forEach(item -> itemsByTopic.computeIfAbsent(topicOf(item), topic -> new ArrayList<>()).add(item));
            itemsByTopic.forEach((topic, items) -> {
                List<ChecklistView.Section> part = sections.get(topic);
                // an article may have items in several parts: anchors are made unique per part
                part.add(new ChecklistView.Section(section.title(), "gp-part-" + indexOf.get(topic) + "-" + (part.size() + 1), List.copyOf(items)));
            });
        }
        List<BuilderView.Part> parts = new ArrayList<>();
        for (String topic : topics) {
            int index = parts.size();
            List<ChecklistView.Section> partSections = sections.get(topic);
            int count = partSections.stream().mapToInt(section -> section.items().size()).sum();
            parts.add(new BuilderView.Part(index, labels.get(topic), count, srcOf.apply(index), List.copyOf(partSections)));
        }
        return List.copyOf(parts);
    }

    private static String topicOf(ChecklistView.Item item) {
        return item.topic() == null ? "" : item.topic();
    }

    private static String labelOf(ChecklistView.Item item, String otherLabel) {
        return item.topic() == null ? otherLabel : item.topicLabel();
    }
}
