package org.guidepost.render.model;

import java.util.List;

/** A bibliography entry on the sources page, with the articles (in the page's language) that use it. */
public record SourceView(String key, String anchor, String type, String text, String url, String accessed, List<Link> citedBy) {
}
