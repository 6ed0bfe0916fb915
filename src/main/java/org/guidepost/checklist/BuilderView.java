package org.guidepost.checklist;

import java.util.List;

/**
 * The "make my checklist" page: the filter choices and the catalogue of every item of the language, in parts of one
 * topic each that the page's script loads when a reader looks at them (a large site's catalogue runs to tens of
 * megabytes). The page loads every part at once when the whole catalogue is small.
 */
public record BuilderView(ChecklistView catalogue, List<Part> parts, List<Option> frequencies, boolean loadAll) {

    /** A filter choice: the value items carry (data-frequency) and its label. */
    public record Option(String value, String label) {
    }

    /**
     * The items of one topic (or of none), grouped by article, and the script that holds them; the page lists their ids,
     * so that a selection in the URL loads only the parts it needs.
     */
    public record Part(int index, String label, int count, String src, List<ChecklistView.Section> sections) {

        /** The ids of the part's items, space-separated (an id has no white space). */
        public String itemIds() {
            return String.join(" ", sections.stream().flatMap(section -> section.items().stream()).map(ChecklistView.Item::id).toList());
        }
    }
}
