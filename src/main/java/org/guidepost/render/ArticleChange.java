package org.guidepost.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.guidepost.config.LanguageConfig;
import org.guidepost.content.Article;
import org.guidepost.content.Site;
import org.guidepost.content.TranslationState;

/**
 * What changed between two versions of a site, for the changed article ids: the languages whose lists
 * show something different (every language of the article when a version appeared, disappeared or
 * moved), the topics of those versions, and whether the translation status of an id changed.
 */
record ArticleChange(Set<String> ids, Set<String> listedLanguages, Set<String> topics, boolean translationsChanged) {

    static ArticleChange between(Site before, Site after, Set<String> ids) {
        Set<String> languages = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        boolean translations = false;
        for (String id : ids) {
            Map<String, Article> old = versions(before, id);
            Map<String, Article> now = versions(after, id);
            boolean moved = !old.keySet().equals(now.keySet())
                    || old.keySet().stream().anyMatch(lang -> !old.get(lang).path().equals(now.get(lang).path()));
            for (Map<String, Article> side : java.util.List.of(old, now)) {
                side.forEach((lang, article) -> {
                    Article other = (side == old ? now : old).get(lang);
                    if (moved || other == null || !ArticleListing.of(article).equals(ArticleListing.of(other))) {
                        languages.add(lang);
                        topics.addAll(article.topics());
                    }
                });
            }
            translations |= !statusRow(before, id).equals(statusRow(after, id));
        }
        return new ArticleChange(Set.copyOf(ids), Set.copyOf(languages), Set.copyOf(topics), translations);
    }

    private static Map<String, Article> versions(Site site, String id) {
        Map<String, Article> versions = new LinkedHashMap<>();
        site.versionsOf(id).forEach(version -> versions.put(version.lang(), version));
        return versions;
    }

    /** What the translation status page shows of an id: its original's title, and each language's state and page. */
    private static Map<String, String> statusRow(Site site, String id) {
        Map<String, String> row = new LinkedHashMap<>();
        site.versionsOf(id).stream().filter(a -> !a.isTranslation()).findFirst()
                .or(() -> site.versionsOf(id).stream().findFirst())
                .ifPresent(original -> row.put("", original.title()));
        for (LanguageConfig language : site.config().languages()) {
            row.put(language.code(), TranslationState.of(site, id, language.code()).key() + " "
                    + Objects.toString(site.article(id, language.code()).map(Article::path).orElse(null)));
        }
        return row;
    }
}
