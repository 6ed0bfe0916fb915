package org.guidepost.markdown;

/** One image source found in an article; alt is null when the image has none and "" when it is empty. */
public record ImageRef(String src, String alt, int line, int column) {
}
