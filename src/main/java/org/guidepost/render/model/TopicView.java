package org.guidepost.render.model;

import java.util.List;

/** A topic with its label, link and the articles tagged with it. */
public record TopicView(String key, String label, String href, List<ArticleSummary> articles) {
}
