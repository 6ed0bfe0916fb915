package org.guidepost.content.checklist;

import java.util.List;

/** A checklist definition applied to one language: its texts and its non-empty sections of items, in order. */
public record ResolvedChecklist(ChecklistDefinition definition, String lang, String title, String intro, List<Section> sections) {

    public String name() {
        return definition.name();
    }

    public List<ChecklistItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** A titled group of items; title is null for the single section of a checklist without sections. */
    public record Section(String title, List<ChecklistItem> items) {
    }
}
