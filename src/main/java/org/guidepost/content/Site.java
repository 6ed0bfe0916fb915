package org.guidepost.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guidepost.config.LanguageConfig;
import org.guidepost.config.SiteConfig;

/**
 * The whole loaded site: configuration, bibliography and articles (sorted by language, section, slug),
 * indexed by language and by id so lookups stay cheap on sites of tens of thousands of articles.
 */
public final class Site {

    private final Path siteDir;
    private final SiteConfig config;
    private final Map<String, Source> sources;
    private final List<Article> articles;
    private final Map<String, List<Article>> byLanguage = new HashMap<>();
    private final Map<String, Map<String, Article>> byIdThenLanguage = new HashMap<>();

    public Site(Path siteDir, SiteConfig config, Map<String, Source> sources, List<Article> articles) {
        this.siteDir = siteDir;
        this.config = config;
        this.sources = sources;
        this.articles = List.copyOf(articles);
        Map<String, List<Article>> grouped = new HashMap<>();
        for (Article article : this.articles) {
            grouped.computeIfAbsent(article.lang(), k -> new java.util.ArrayList<>()).add(article);
            byIdThenLanguage.computeIfAbsent(article.id(), k -> new HashMap<>()).putIfAbsent(article.lang(), article);
        }
        grouped.forEach((lang, list) -> byLanguage.put(lang, List.copyOf(list)));
    }

    public Path siteDir() {
        return siteDir;
    }

    public SiteConfig config() {
        return config;
    }

    public Map<String, Source> sources() {
        return sources;
    }

    public List<Article> articles() {
        return articles;
    }

    public List<Article> articlesIn(String lang) {
        return byLanguage.getOrDefault(lang, List.of());
    }

    public Optional<Article> article(String id, String lang) {
        return Optional.ofNullable(byIdThenLanguage.getOrDefault(id, Map.of()).get(lang));
    }

    /** All language versions of an article id, in the order the languages are declared. */
    public List<Article> versionsOf(String id) {
        return config.languages().stream().map(LanguageConfig::code)
                .flatMap(code -> article(id, code).stream()).toList();
    }

    /** The article a translation was made from, if it exists. */
    public Optional<Article> sourceOf(Article translation) {
        return translation.isTranslation() ? article(translation.id(), translation.translation().from()) : Optional.empty();
    }

    /** The current {@link Article#contentHash()} of the article a translation was made from, if it exists. */
    public Optional<String> sourceHashOf(Article translation) {
        return sourceOf(translation).map(Article::contentHash);
    }

    public Path contentDir() {
        return siteDir.resolve("content");
    }

    /** The same site with other articles (e.g. without drafts). */
    public Site withArticles(List<Article> others) {
        return new Site(siteDir, config, sources, others);
    }
}
