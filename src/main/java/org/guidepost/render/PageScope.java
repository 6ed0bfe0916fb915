package org.guidepost.render;

/** What a page depends on, so that after an article changes only the pages it affects are rendered again. */
record PageScope(Kind kind, String lang, String key) {

    enum Kind {
        /** One article id: the page of one language version, whose switcher lists the others. */
        ARTICLE,
        /** Every article of one language: home, section, topics index, sources, feed. */
        LANGUAGE,
        /** One topic of one language: its list, and its switcher, which names every language that has the topic. */
        TOPIC,
        /** Every article of the site: translation status, sitemap. */
        ALL_ARTICLES,
        /** Only the configuration and theme: root, 404, search pages (changed by full rebuilds only). */
        CONFIGURATION
    }

    static PageScope article(String id) {
        return new PageScope(Kind.ARTICLE, null, id);
    }

    static PageScope language(String lang) {
        return new PageScope(Kind.LANGUAGE, lang, null);
    }

    static PageScope topic(String lang, String topic) {
        return new PageScope(Kind.TOPIC, lang, topic);
    }

    static PageScope allArticles() {
        return new PageScope(Kind.ALL_ARTICLES, null, null);
    }

    static PageScope configuration() {
        return new PageScope(Kind.CONFIGURATION, null, null);
    }

    boolean affectedBy(ArticleChange change) {
        return switch (kind) {
            case ARTICLE -> change.ids().contains(key);
            case LANGUAGE -> change.languages().contains(lang);
            case TOPIC -> change.languages().contains(lang) || change.topics().contains(key);
            case ALL_ARTICLES -> true;
            case CONFIGURATION -> false;
        };
    }
}
