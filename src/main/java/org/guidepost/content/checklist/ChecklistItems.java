package org.guidepost.content.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.guidepost.content.Article;
import org.guidepost.content.Site;
import org.guidepost.markdown.TaskItem;

/**
 * Every checklist action of a site, per language: articles in the default language's order, items in document order
 * (the first of a duplicated id wins).
 */
public final class ChecklistItems {

    private final Map<String, Map<String, ChecklistItem>> byLanguage;

    private ChecklistItems(Map<String, Map<String, ChecklistItem>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static ChecklistItems of(Site site) {
        Map<String, Map<String, ChecklistItem>> byLanguage = new LinkedHashMap<>();
        site.config().languages().forEach(language -> byLanguage.put(language.code(), new LinkedHashMap<>()));
        for (Article article : inDefaultLanguageOrder(site)) {
            Map<String, ChecklistItem> items = byLanguage.computeIfAbsent(article.lang(), k -> new LinkedHashMap<>());
            for (TaskItem item : article.markdown().taskItems()) {
                if (item.id() != null) {
                    items.putIfAbsent(item.id(), new ChecklistItem(article, item));
                }
            }
        }
        return new ChecklistItems(byLanguage);
    }

    /** Articles ordered as the default language orders their versions (section, file name), so every language lists items alike. */
    private static List<Article> inDefaultLanguageOrder(Site site) {
        Map<String, Integer> rank = new HashMap<>();
        site.articlesIn(site.config().defaultLanguage()).forEach(article -> rank.putIfAbsent(article.id(), rank.size()));
        site.articles().forEach(article -> rank.putIfAbsent(article.id(), rank.size()));
        return site.articles().stream().sorted(Comparator.comparingInt(article -> rank.get(article.id()))).toList();
    }

    public List<ChecklistItem> in(String lang) {
        return List.copyOf(byLanguage.getOrDefault(lang, Map.of()).values());
    }

    public Optional<ChecklistItem> find(String lang, String id) {
        return Optional.ofNullable(byLanguage.getOrDefault(lang, Map.of()).get(id));
    }

    /** Every item id in any language, sorted. */
    public Set<String> ids() {
        Set<String> ids = new TreeSet<>();
        byLanguage.values().forEach(items -> ids.addAll(items.keySet()));
        return ids;
    }

    /** Every topic key items use in any language, sorted. */
    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        byLanguage.values().forEach(items -> items.values().stream().map(ChecklistItem::topic).filter(t -> t != null).forEach(topics::add));
        return topics;
    }
}
