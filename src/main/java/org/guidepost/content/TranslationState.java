package org.guidepost.content;

import java.util.Locale;

/** Where one language version of an article stands against its source. */
public enum TranslationState {
    /** The article in its original language. */
    SOURCE,
    /** A translation made from the current version of its source and reviewed. */
    UP_TO_DATE,
    /** A translation made from the current version, not yet reviewed. */
    NOT_REVIEWED,
    /** The source changed after the translation was made. */
    OUTDATED,
    /** No version in this language. */
    MISSING;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TranslationState of(Site site, String id, String lang) {
        return site.article(id, lang).map(article -> of(site, article)).orElse(MISSING);
    }

    public static TranslationState of(Site site, Article article) {
        if (!article.isTranslation()) {
            return SOURCE;
        }
        boolean current = site.sourceHashOf(article)
                .map(hash -> hash.equals(article.translation().sourceHash()))
                .orElse(false);
        if (!current) {
            return OUTDATED;
        }
        return article.translation().isReviewed() ? UP_TO_DATE : NOT_REVIEWED;
    }
}
