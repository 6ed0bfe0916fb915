package org.guidepost.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guidepost.config.LanguageConfig;
import org.guidepost.config.SiteConfig;
import org.guidepost.render.model.Alternate;
import org.guidepost.render.model.LanguageChoice;
import org.guidepost.render.model.Link;
import org.guidepost.render.model.PageInfo;

/** Builds the layout data of a page: relative navigation links, language switcher, hreflang alternates, canonical. */
public final class PageInfoFactory {

    /** Anchor of the "not yet translated" notice on every language home (shown with CSS :target, no script). */
    static final String NOT_TRANSLATED_ANCHOR = "not-translated";

    private final SiteConfig config;
    private final UiStrings strings;
    private final boolean hasChecklists;

    public PageInfoFactory(SiteConfig config, UiStrings strings, boolean hasChecklists) {
        this.config = config;
        this.strings = strings;
        this.hasChecklists = hasChecklists;
    }

    /**
     * @param counterparts the same page in each language that has it (including this one), by language code
     * @param trail breadcrumb targets (site-root-relative path → label), home first, this page excluded
     */
    public PageInfo create(String path, String type, String lang, String title, String description,
                    Map<String, String> counterparts, List<Map.Entry<String, String>> trail) {
        LanguageConfig language = config.language(lang).orElseThrow();
        List<Alternate> alternates = new ArrayList<>();
        List<LanguageChoice> choices = new ArrayList<>();
        for (LanguageConfig other : config.languages()) {
            String target = counterparts.get(other.code());
            if (target != null) {
                alternates.add(new Alternate(other.code(), address(path, target)));
                choices.add(new LanguageChoice(other.code(), other.name(), other.direction().attribute(),
                        RelativeUrls.between(path, target), other.code().equals(lang), true));
            } else {
                choices.add(new LanguageChoice(other.code(), other.name(), other.direction().attribute(),
                        RelativeUrls.between(path, SitePaths.home(other.code())) + "#" + NOT_TRANSLATED_ANCHOR, false, false));
            }
        }
        String defaultTarget = counterparts.get(config.defaultLanguage());
        if (defaultTarget != null && counterparts.size() > 1) {
            alternates.add(new Alternate("x-default", address(path, defaultTarget)));
        }
        if (counterparts.size() < 2) {
            // without a base_url the addresses are relative: valid HTML for browsers and offline copies; search engines want base_url set
            alternates.clear();
        }
        List<Link> breadcrumbs = trail.stream().map(e -> new Link(RelativeUrls.between(path, e.getKey()), e.getValue())).toList();
        String canonical = config.hasBaseUrl() ? absolute(path) : null;
        return new PageInfo(path, type, lang, language.direction().attribute(), title, description, config.titleIn(lang),
                RelativeUrls.rootOf(path), canonical, List.copyOf(alternates), List.copyOf(choices), breadcrumbs,
                link(path, SitePaths.home(lang), "home", lang),
                link(path, SitePaths.search(lang), "search", lang),
                link(path, SitePaths.topics(lang), "topics", lang),
                link(path, SitePaths.sources(lang), "sources", lang),
                hasChecklists ? link(path, SitePaths.checklists(lang), "checklists", lang) : null,
                RelativeUrls.between(path, SitePaths.feed(lang)),
                config.serviceWorker());
    }

    private Link link(String from, String to, String labelKey, String lang) {
        String label = strings.get(lang, labelKey);
        return new Link(RelativeUrls.between(from, to), label == null ? labelKey : label);
    }

    /** Absolute when the site has a base URL (as search engines want), relative otherwise. */
    private String address(String from, String target) {
        return config.hasBaseUrl() ? absolute(target) : RelativeUrls.between(from, target);
    }

    String absolute(String target) {
        String clean = target.endsWith("index.html") ? target.substring(0, target.length() - "index.html".length()) : target;
        return config.baseUrl() + clean;
    }
}
