package org.guidepost.config;

import java.util.Locale;

/**
 * One language of the site: BCP 47 code, autonym ("Tiếng Việt"), direction, the locale used for
 * dates and numbers, the search analyzer name (null: chosen by code), an optional site title, and the
 * line of site.yaml that declares it (for diagnostics).
 */
public record LanguageConfig(String code, String name, TextDirection direction, Locale locale, String analyzer, String title, int line) {

    public boolean isRightToLeft() {
        return direction == TextDirection.RTL;
    }
}
