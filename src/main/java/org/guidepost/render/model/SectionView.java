package org.guidepost.render.model;

import java.util.List;

/** A section (folder of articles) with its label, link and articles. */
public record SectionView(String key, String label, String href, List<ArticleSummary> articles) {
}
