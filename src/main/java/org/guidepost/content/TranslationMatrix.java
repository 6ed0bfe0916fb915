package org.guidepost.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guidepost.config.LanguageConfig;

/** Article × language: where every translation stands, and what an editor should translate next. */
public record TranslationMatrix(List<String> languages, List<Row> rows) {

    /** One article: its id, title in its source language, and its state in every language. */
    public record Row(String id, String title, String sourceLanguage, Map<String, TranslationState> states) {
    }

    /** One thing to do: translate (missing), update (outdated) or review (not reviewed) a language version. */
    public record Task(String id, String lang, TranslationState state) {
    }

    public static TranslationMatrix of(Site site) {
        List<String> languages = site.config().languages().stream().map(LanguageConfig::code).toList();
        Set<String> ids = new LinkedHashSet<>();
        site.articles().forEach(a -> ids.add(a.id()));
        List<Row> rows = new ArrayList<>();
        for (String id : ids) {
            Article original = site.versionsOf(id).stream().filter(a -> !a.isTranslation()).findFirst()
                    .orElse(site.versionsOf(id).get(0));
            Map<String, TranslationState> states = new LinkedHashMap<>();
            for (String lang : languages) {
                states.put(lang, TranslationState.of(site, id, lang));
            }
            rows.add(new Row(id, original.title(), original.lang(), states));
        }
        rows.sort(Comparator.comparing(Row::id));
        return new TranslationMatrix(languages, List.copyOf(rows));
    }

    /** Outdated translations first (readers see stale advice), then missing ones, then unreviewed ones. */
    public List<Task> todo() {
        List<Task> tasks = new ArrayList<>();
        for (TranslationState wanted : List.of(TranslationState.OUTDATED, TranslationState.MISSING, TranslationState.NOT_REVIEWED)) {
            for (Row row : rows) {
                row.states().forEach((lang, state) -> {
                    if (state == wanted) {
                        tasks.add(new Task(row.id(), lang, state));
                    }
                });
            }
        }
        return tasks;
    }
}
