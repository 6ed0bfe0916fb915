package org.guidepost.markdown;

import java.util.Map;
import java.util.Set;

/** What a task item's trailing {@code {#id .class key=value}} block says: id (or null), classes and other attributes. */
record TaskItemMarkup(String id, Set<String> classes, Map<String, String> attributes) {

    static final TaskItemMarkup NONE = new TaskItemMarkup(null, Set.of(), Map.of());
}
