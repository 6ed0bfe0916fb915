package org.guidepost.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's interface strings for every language (site-templates/i18n/<lang>.yaml), with the
 * default language as fallback for strings a language lacks.
 */
public final class UiStrings {

    private final Map<String, Map<String, String>> byLanguage;
    private final String defaultLanguage;
    /** The merged strings per language, made once: every page asks for its language's. */
    private final Map<String, Map<String, String>> merged = new ConcurrentHashMap<>();

    public UiStrings(Map<String, Map<String, String>> byLanguage, String defaultLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.defaultLanguage = defaultLanguage;
    }

    /** All strings of a language, missing ones filled from the default language. */
    public Map<String, String> forLanguage(String lang) {
        return merged.computeIfAbsent(lang, language -> {
            Map<String, String> strings = new HashMap<>(byLanguage.getOrDefault(defaultLanguage, Map.of()));
            strings.putAll(byLanguage.getOrDefault(language, Map.of()));
            return Map.copyOf(strings);
        });
    }

    public String get(String lang, String key) {
        String value = byLanguage.getOrDefault(lang, Map.of()).get(key);
        if (value == null) {
            value = byLanguage.getOrDefault(defaultLanguage, Map.of()).get(key);
        }
        return value;
    }

    /** Keys the default language has but {@code lang} lacks (check warns about them). */
    public Set<String> missingIn(String lang) {
        Set<String> missing = new TreeSet<>(byLanguage.getOrDefault(defaultLanguage, Map.of()).keySet());
        missing.removeAll(byLanguage.getOrDefault(lang, Map.of()).keySet());
        return missing;
    }

    public boolean hasLanguage(String lang) {
        return byLanguage.containsKey(lang);
    }
}
