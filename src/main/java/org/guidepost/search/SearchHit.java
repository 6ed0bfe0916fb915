package org.guidepost.search;

/** One ranked result of {@link SiteSearcher}: the snippet marks matched words with « and ». */
public record SearchHit(String url, String title, String snippet, float score) {
}
