package org.guidepost.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.guidepost.markdown.ParsedMarkdown;

/**
 * One article in one language: its metadata as written (or inherited from the source article for a
 * translation), its Markdown body parsed once, where it came from in the content folder, and its
 * {@code contentHash}: the version of it a translation records, which changes when title, summary or body change
 * (computed once, as loading is parallel and every check, page and status listing of its translations asks for it;
 * null for a translation no other translation is made from, as hashing every body took 2 % of a build).
 * The Markdown text itself is not kept: a large site's bodies would hold tens of MB through the whole build for
 * nothing; what needs it again reads the file.
 */
public record Article(
        String id,
        String lang,
        String section,
        String slug,
        Path file,
        Path bundleDir,
        String title,
        String summary,
        List<Person> authors,
        Person reviewedBy,
        ContentDate lastReviewed,
        ContentDate nextReview,
        ContentDate published,
        ContentDate updated,
        ArticleStatus status,
        List<String> topics,
        List<String> audience,
        List<String> sourceKeys,
        TranslationInfo translation,
        Map<String, Object> params,
        ParsedMarkdown markdown,
        Map<String, Integer> fieldLines,
        String contentHash) {

    /** An article with the content hash of its title, summary and Markdown body, unless it is a translation (see {@link #hashOf}). */
    public Article(String id, String lang, String section, String slug, Path file, Path bundleDir, String title, String summary,
                   List<Person> authors, Person reviewedBy, ContentDate lastReviewed, ContentDate nextReview,
                   ContentDate published, ContentDate updated, ArticleStatus status, List<String> topics,
                   List<String> audience, List<String> sourceKeys, TranslationInfo translation, Map<String, Object> params,
                   String body, ParsedMarkdown markdown, Map<String, Integer> fieldLines) {
        this(id, lang, section, slug, file, bundleDir, title, summary, authors, reviewedBy, lastReviewed, nextReview,
                published, updated, status, topics, audience, sourceKeys, translation, params, markdown, fieldLines,
                translation == null ? hashOf(title, summary, body) : null);
    }

    /** The content hash of an article with this title, summary and Markdown body. */
    public static String hashOf(String title, String summary, String body) {
        return ContentHash.of(title + "\n" + (summary == null ? "" : summary) + "\n" + body);
    }

    /** This article with its content hash set (a translation another translation is made from). */
    public Article withContentHash(String hash) {
        return new Article(id, lang, section, slug, file, bundleDir, title, summary, authors, reviewedBy, lastReviewed, nextReview,
                published, updated, status, topics, audience, sourceKeys, translation, params, markdown, fieldLines, hash);
    }

    /** Site-root-relative path of the article's page. */
    public String path() {
        return lang + "/" + section + "/" + slug + "/index.html";
    }

    public boolean isTranslation() {
        return translation != null;
    }

    public boolean isBundle() {
        return bundleDir != null;
    }

    /** The file line where a front-matter field was written, or 1 when it was not written. */
    public int lineOf(String field) {
        return fieldLines.getOrDefault(field, 1);
    }

    /** This translation with the metadata it does not set taken from its source article. */
    public Article inheritFrom(Article source) {
        return new Article(id, lang, section, slug, file, bundleDir, title, summary,
                authors.isEmpty() ? source.authors : authors,
                reviewedBy != null ? reviewedBy : source.reviewedBy,
                lastReviewed != null ? lastReviewed : source.lastReviewed,
                nextReview != null ? nextReview : source.nextReview,
                published != null ? published : source.published,
                updated != null ? updated : source.updated,
                status,
                topics.isEmpty() ? source.topics : topics,
                audience.isEmpty() ? source.audience : audience,
                sourceKeys.isEmpty() ? source.sourceKeys : sourceKeys,
                translation, params, markdown, fieldLines, contentHash);
    }
}
