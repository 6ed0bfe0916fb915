package org.guidepost.render.model;

/** One numbered entry of an article's reference list, in Vancouver style; url may be null. */
public record Reference(int number, String anchor, String text, String url, String accessed, boolean citedInline, String sourcesHref) {
}
