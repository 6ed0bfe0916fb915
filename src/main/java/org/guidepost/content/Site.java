package org.guidepost.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guidepost.config.LanguageConfig;
import org.guidepost.config.SiteConfig;

/** The whole loaded site: configuration, bibliography and articles (sorted by language, section, slug). */
public record Site(Path siteDir, SiteConfig config, Map<String, Source> sources, List<Article> articles) {

    public List<Article> articlesIn(String lang) {
        return articles.stream().filter(a -> a.lang().equals(lang)).toList();
    }

    public Optional<Article> article(String id, String lang) {
        return articles.stream().filter(a -> a.id().equals(id) && a.lang().equals(lang)).findFirst();
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
}
