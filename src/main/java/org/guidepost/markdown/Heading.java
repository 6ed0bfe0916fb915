package org.guidepost.markdown;

/** One heading of an article: its level (1-6), visible text and the id it carries in the HTML (unique in the document). */
public record Heading(int level, String text, String id) {
}
