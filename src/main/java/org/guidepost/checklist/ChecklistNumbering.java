package org.guidepost.checklist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.guidepost.content.checklist.ChecklistItem;
import org.guidepost.markdown.CitationNumbers;

/** Numbers the sources of one checklist by first use across its items (each item's citations, or its article's sources). */
final class ChecklistNumbering implements CitationNumbers {

    private final List<String> keys;

    ChecklistNumbering(List<ChecklistItem> items, Set<String> knownKeys) {
        Set<String> ordered = new LinkedHashSet<>();
        items.forEach(item -> item.sourceKeys().stream().filter(knownKeys::contains).forEach(ordered::add));
        this.keys = List.copyOf(ordered);
    }

    @Override
    public OptionalInt numberOf(String key) {
        int index = keys.indexOf(key);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }

    List<String> keys() {
        return keys;
    }
}
