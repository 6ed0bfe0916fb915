package org.guidepost.checklist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A part of the builder's catalogue as the data its script carries ({@code assets/checklist-builder.js} writes the
 * markup): a third of the size of the markup itself, which repeats every item's classes, labels and article link.
 */
final class BuilderPartData {

    private BuilderPartData() {
    }

    /**
     * {@code {sections: [{title, anchor, article, items: [[id, anchor, html, frequency, topic, [citation numbers]]]}],
     * frequencies: {key: label}, topics: {key: label}}}; a section is one article, {@code article} its page without
     * fragment (an item's own anchor there is its id).
     */
    static Map<String, Object> of(BuilderView.Part part) {
        Map<String, String> frequencies = new TreeMap<>();
        Map<String, String> topics = new TreeMap<>();
        List<Map<String, Object>> sections = new ArrayList<>();
        for (ChecklistView.Section section : part.sections()) {
            List<List<Object>> items = new ArrayList<>();
            for (ChecklistView.Item item : section.items()) {
                items.add(Arrays.asList(item.id(), item.anchor(), item.html(), item.frequency(), item.topic(),
                        item.extraRefs().stream().map(ChecklistView.RefMark::number).toList()));
                if (item.frequency() != null) {
                    frequencies.put(item.frequency(), item.frequencyLabel());
                }
                if (item.topic() != null) {
                    topics.put(item.topic(), item.topicLabel());
                }
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("title", section.title());
            data.put("anchor", section.anchor());
            data.put("article", pageOf(section.items().get(0).articleHref()));
            data.put("items", items);
            sections.add(data);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sections", sections);
        data.put("frequencies", frequencies);
        data.put("topics", topics);
        return data;
    }

    private static String pageOf(String href) {
        int fragment = href.indexOf('#');
        return fragment < 0 ? href : href.substring(0, fragment);
    }
}
