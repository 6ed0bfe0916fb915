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
 * with the articles indexed by id and language so that looking one up does not scan them all.
 */
public record Site(Path siteDir, SiteConfig config, Map<String, Source> sources, List<Article> articles,
                   Map<String, Map<String, Article>> byIdAndLang) {

    public Site(Path siteDir, SiteConfig config, Map<String, Source> sources, List<Article> articles) {
        this(siteDir, config, sources, List.copyOf(articles), index(articles));
    }

    public List<Article> articlesIn(String lang) {
        return articles.stream().filter(a -> a.lang().equals(lang)).toList();
    }

    public Optional<Article> article(String id, String lang) {
        return Optional.ofNullable(byIdAndLang.getOrDefault(id, Map.of()).get(lang));
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

    public Path contentDir() {
        return siteDir.resolve("content");
    }

    /** The first article of each id and language wins, as a linear search in sorted order would find it. */
    private static Map<String, Map<String, Article>> index(List<Article> articles) {
        Map<String, Map<String, Article>> index = new HashMap<>();
        for (Article article : articles) {
            index.computeIfAbsent(article.id(), k -> new HashMap<>()).putIfAbsent(article.lang(), article);
        }
        index.replaceAll((id, byLang) -> Map.copyOf(byLang));
        return Map.copyOf(index);
    }
}
