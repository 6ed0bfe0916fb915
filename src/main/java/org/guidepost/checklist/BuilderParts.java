package org.guidepost.checklist;

import java.util.ArrayList;
import java.util.Comparator;
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
        List<BuilderView.Part> parts = new ArrayList<>();
        for (String topic : topics) {
            int index = parts.size();
            List<ChecklistView.Section> sections = new ArrayList<>();
            int count = 0;
            for (ChecklistView.Section section : catalogue.sections()) {
                List<ChecklistView.Item> items = section.items().stream().filter(item -> topicOf(item).equals(topic)).toList();
                if (!items.isEmpty()) {
                    // an article may have items in several parts: anchors are made unique per part
                    sections.add(new ChecklistView.Section(section.title(), "gp-part-" + index + "-" + (sections.size() + 1), items));
                    count += items.size();
                }
            }
            parts.add(new BuilderView.Part(index, labels.get(topic), count, srcOf.apply(index), List.copyOf(sections)));
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
