package org.guidepost.markdown;

/** One link destination found in an article (Markdown link, autolink or sanitized raw-HTML anchor), located in the file. */
public record LinkRef(String href, int line, int column) {
}
