package org.guidepost.render;

import java.util.Locale;

import org.guidepost.content.ContentDate;
import org.guidepost.render.model.DateText;

/** Display names and dates for one language: topic and section labels from i18n, dates in the page locale. */
public final class Labels {

    private final UiStrings strings;
    private final String lang;
    private final Locale locale;

    public Labels(UiStrings strings, String lang, Locale locale) {
        this.strings = strings;
        this.lang = lang;
        this.locale = locale;
    }

    public String topic(String key) {
        return labelOr("topic." + key, key);
    }

    public String section(String key) {
        return labelOr("section." + key, key);
    }

    public String text(String key) {
        String value = strings.get(lang, key);
        return value == null ? key : value;
    }

    public DateText date(ContentDate date) {
        return date == null ? null : new DateText(date.htmlDatetime(), date.format(locale));
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return locale;
    }

    private String labelOr(String key, String fallback) {
        String value = strings.get(lang, key);
        if (value != null) {
            return value;
        }
        String words = fallback.replace('-', ' ').replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(locale) + words.substring(1);
    }
}
