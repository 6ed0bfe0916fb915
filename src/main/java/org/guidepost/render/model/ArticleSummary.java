package org.guidepost.render.model;

import java.util.List;

/** An article as lists show it: title, summary, link, topics. */
public record ArticleSummary(String title, String summary, String href, List<Link> topics, DateText updated) {
}
