package org.guidepost.render;

import java.util.List;

import org.guidepost.content.Article;
import org.guidepost.content.ContentDate;
import org.guidepost.content.Person;

/**
 * What the lists of a language show of one article (home, section, topic, sources pages and feed):
 * when it is unchanged, an edit (of the body, say) leaves those pages alone.
 */
record ArticleListing(String path, String title, String summary, List<String> topics, ContentDate published, ContentDate updated,
                      String feedTimestamp, List<Person> authors, List<String> references) {

    static ArticleListing of(Article article) {
        return new ArticleListing(article.path(), article.title(), article.summary(), article.topics(), article.published(),
                article.updated(), FeedEntries.timestamp(article), article.authors(), new ReferenceNumbering(article).keys());
    }
}
