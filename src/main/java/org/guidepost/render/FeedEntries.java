package org.guidepost.render;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.guidepost.content.Article;
import org.guidepost.content.ContentDate;

/** The entries of a language's Atom feed, newest first, with timestamps only from dates the content gives. */
final class FeedEntries {

    /** Atom requires a timestamp; an article that gives no complete date gets this one rather than an invented date. */
    static final String UNKNOWN_DATE = "1970-01-01T00:00:00Z";

    private FeedEntries() {
    }

    static List<Map<String, Object>> of(List<Article> articles, UnaryOperator<String> address) {
        return articles.stream()
                .sorted(Comparator.comparing(FeedEntries::timestamp).reversed().thenComparing(Article::path))
                .map(article -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("title", article.title());
                    entry.put("href", address.apply(article.path()));
                    entry.put("id", "urn:guidepost:article:" + article.lang() + ":" + article.id());
                    entry.put("updated", timestamp(article));
                    entry.put("summary", article.summary());
                    entry.put("authors", article.authors().stream().map(p -> p.name()).toList());
                    return entry;
                })
                .toList();
    }

    static String latest(List<Article> articles) {
        return articles.stream().map(FeedEntries::timestamp).max(Comparator.naturalOrder()).orElse(UNKNOWN_DATE);
    }

    static String timestamp(Article article) {
        for (ContentDate date : new ContentDate[] {article.updated(), article.published(), article.lastReviewed()}) {
            if (date != null && date.isComplete()) {
                return date.iso() + "T00:00:00Z";
            }
        }
        return UNKNOWN_DATE;
    }
}
