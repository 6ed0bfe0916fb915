package org.guidepost.render;

/** What a page depends on, so that after an article changes only the pages it affects are rendered again. */
record PageScope(Kind kind, String lang, String key) {

    enum Kind {
        /** One article id: the page of one language version, whose switcher lists the others. */
        ARTICLE,
        /** What the lists of one language show of its articles: home, section, topics index, sources, feed. */
        LANGUAGE,
        /** One topic of one language: its list, and its switcher, which names every language that has the topic. */
        TOPIC,
        /** The translation state of every article: the translation status page. */
        TRANSLATIONS,
        /** Which pages exist, in which languages: the sitemap. */
        PAGES,
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

    static PageScope translations() {
        return new PageScope(Kind.TRANSLATIONS, null, null);
    }

    static PageScope pages() {
        return new PageScope(Kind.PAGES, null, null);
    }

    static PageScope configuration() {
        return new PageScope(Kind.CONFIGURATION, null, null);
    }

    boolean affectedBy(ArticleChange change) {
        return switch (kind) {
            case ARTICLE -> change.ids().contains(key);
            case LANGUAGE -> change.listedLanguages().contains(lang);
            case TOPIC -> change.listedLanguages().contains(lang) || change.topics().contains(key);
            case TRANSLATIONS -> change.translationsChanged();
            // pages appear, disappear or change languages only through what the lists show
            case PAGES -> !change.listedLanguages().isEmpty();
            case CONFIGURATION -> false;
        };
    }
}
