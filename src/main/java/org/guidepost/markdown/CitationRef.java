package org.guidepost.markdown;

/** One cited source key, e.g. {@code [@moh-2015, p. 12]}: locator is null when absent; line and column locate the {@code @} in the file. */
public record CitationRef(String key, String locator, int line, int column) {
}
