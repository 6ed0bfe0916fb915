package org.guidepost.render.model;

/** One line of an article's table of contents. */
public record TocEntry(int level, String text, String href) {
}
