package org.guidepost.site;

import java.util.List;

import org.guidepost.config.LanguageConfig;
import org.guidepost.config.SiteConfig;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;

/**
 * Narrows a site to some of its languages (an offline copy in Vietnamese only): their articles, and
 * a configuration that lists only them, so the root page and language switchers never lead elsewhere.
 */
final class LanguageSelection {

    private LanguageSelection() {
    }

    /** The site in the chosen languages (all when none is chosen); an unknown code is an error. */
    static Site restrict(Site site, List<String> codes, Diagnostics diagnostics) {
        if (codes.isEmpty()) {
            return site;
        }
        SiteConfig config = site.config();
        List<String> known = config.languages().stream().map(LanguageConfig::code).toList();
        for (String code : codes) {
            if (!known.contains(code)) {
                diagnostics.add(Diagnostic.error("unknown-language", site.contentDir().resolve("site.yaml"), 0, 0,
                        "language '" + code + "' was asked for, but the site has no such language",
                        "choose among " + String.join(", ", known)));
            }
        }
        List<LanguageConfig> kept = config.languages().stream().filter(l -> codes.contains(l.code())).toList();
        if (kept.isEmpty()) {
            return site;
        }
        String defaultLanguage = codes.contains(config.defaultLanguage()) ? config.defaultLanguage() : kept.get(0).code();
        SiteConfig narrowed = new SiteConfig(config.title(), config.baseUrl(), defaultLanguage, kept, config.serviceWorker(), config.params());
        return new Site(site.siteDir(), narrowed, site.sources(),
                site.articles().stream().filter(a -> codes.contains(a.lang())).toList());
    }
}
