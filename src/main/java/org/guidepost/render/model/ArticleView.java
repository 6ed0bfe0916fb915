package org.guidepost.render.model;

import java.util.List;

import org.guidepost.content.Person;

/**
 * Everything the article template shows, computed beforehand: templates only place it.
 * {@code outdatedSource} is set when this translation lags behind its source article; {@code draft} when the
 * article is a draft (only built with drafts included, and then marked as such).
 */
public record ArticleView(
        String id,
        String title,
        String summary,
        String bodyHtml,
        List<Person> authors,
        Person reviewer,
        boolean reviewed,
        DateText lastReviewed,
        DateText nextReview,
        DateText published,
        DateText updated,
        List<Reference> references,
        List<Link> topics,
        List<TocEntry> toc,
        Link section,
        boolean translation,
        boolean translationReviewed,
        Link outdatedSource,
        String jsonLd,
        boolean draft) {
}
