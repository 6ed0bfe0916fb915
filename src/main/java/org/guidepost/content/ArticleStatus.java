package org.guidepost.content;

import java.util.Locale;
import java.util.Optional;

/** Editorial state of an article; only published ones appear on a normal build. */
public enum ArticleStatus {
    DRAFT, REVIEW, PUBLISHED;

    public static Optional<ArticleStatus> parse(String text) {
        for (ArticleStatus status : values()) {
            if (status.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
