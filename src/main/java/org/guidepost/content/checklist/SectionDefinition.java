package org.guidepost.content.checklist;

import java.util.Map;

/** One section of a checklist definition: its title per language (may be empty: an untitled section) and its selection. */
public record SectionDefinition(Map<String, String> titles, ItemSelection selection, int line) {
}
