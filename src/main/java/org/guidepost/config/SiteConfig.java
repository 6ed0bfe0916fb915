package org.guidepost.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** content/site.yaml as typed values. {@code baseUrl} is empty for sites meant only for file:// or unknown hosts. */
public record SiteConfig(
        String title,
        String baseUrl,
        String defaultLanguage,
        List<LanguageConfig> languages,
        boolean serviceWorker,
        Map<String, Object> params) {

    /** The same configuration published at another address ("" for none); a trailing slash is added. */
    public SiteConfig withBaseUrl(String url) {
        String normalized = url.isBlank() || url.endsWith("/") ? url.strip() : url.strip() + "/";
        return new SiteConfig(title, normalized, defaultLanguage, languages, serviceWorker, params);
    }

    public Optional<LanguageConfig> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public LanguageConfig defaultLanguageConfig() {
        return language(defaultLanguage).orElseThrow();
    }

    public boolean hasBaseUrl() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    /** The site title in a language: the language's own title if set, else the site's. */
    public String titleIn(String code) {
        return language(code).map(LanguageConfig::title).filter(t -> t != null && !t.isBlank()).orElse(title);
    }
}
