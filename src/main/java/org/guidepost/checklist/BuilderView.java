package org.guidepost.checklist;

import java.util.List;

/** The "make my checklist" page: every item of the language grouped by article, and the filter choices. */
public record BuilderView(ChecklistView catalogue, List<Option> topics, List<Option> frequencies) {

    /** A filter choice: the value items carry (data-topic, data-frequency) and its label. */
    public record Option(String value, String label) {
    }
}
