package org.guidepost.content.checklist;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One checklist definition ({@code content/checklists/<name>.yaml}): titles and intros per language, the items it
 * takes (scope), its sections in order, and its place among the checklists (weight, then title).
 */
public record ChecklistDefinition(String name, Path file, int weight, Map<String, String> titles, Map<String, String> intros,
                                  ItemSelection scope, List<SectionDefinition> sections) {

    /** A per-language text, falling back to the default language. */
    public static String in(Map<String, String> texts, String lang, String defaultLanguage) {
        String text = texts.get(lang);
        return text != null ? text : texts.get(defaultLanguage);
    }
}
