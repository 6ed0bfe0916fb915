package org.guidepost.render;

import java.util.Set;
import java.util.TreeSet;

import org.guidepost.content.Article;
import org.guidepost.content.Site;

/** What changed between two versions of a site: the article ids, and the languages and topics their versions had or have. */
record ArticleChange(Set<String> ids, Set<String> languages, Set<String> topics) {

    static ArticleChange between(Site before, Site after, Set<String> ids) {
        Set<String> languages = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        for (Site site : new Site[] {before, after}) {
            for (String id : ids) {
                for (Article version : site.versionsOf(id)) {
                    languages.add(version.lang());
                    topics.addAll(version.topics());
                }
            }
        }
        return new ArticleChange(Set.copyOf(ids), Set.copyOf(languages), Set.copyOf(topics));
    }
}
