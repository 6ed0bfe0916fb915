package org.guidepost.config;

import java.util.Locale;

/**
 * One language of the site: BCP 47 code, autonym ("Tiếng Việt"), direction, the locale used for
 * dates and numbers, the search analyzer name (null: chosen by code) and an optional site title.
 */
public record LanguageConfig(String code, String name, TextDirection direction, Locale locale, String analyzer, String title) {

    public boolean isRightToLeft() {
        return direction == TextDirection.RTL;
    }
}
