package org.guidepost.markdown;

import java.util.List;

/** Task-item attributes the content format defines, emitted on the item as {@code data-*} for scripts and styles. */
final class ChecklistDataAttributes {

    static final List<String> KEYS = List.of("who", "topic");

    private ChecklistDataAttributes() {
    }

    static String htmlName(String key) {
        return "data-" + key;
    }
}
