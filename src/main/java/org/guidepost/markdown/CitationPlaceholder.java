package org.guidepost.markdown;

import java.util.regex.Pattern;

/**
 * Marks where a citation goes in rendered HTML until the caller numbers it: two Unicode noncharacters around the
 * citation's index. Authors cannot forge one, because the same characters are neutralized in the Markdown source.
 */
final class CitationPlaceholder {

    private static final char OPEN = '\uFDD0';
    private static final char CLOSE = '\uFDD1';
    static final Pattern PATTERN = Pattern.compile(OPEN + "(\\d+)" + CLOSE);
    static final Pattern WITH_LEADING_SPACE = Pattern.compile("\\s*" + PATTERN.pattern());

    private CitationPlaceholder() {
    }

    static String of(int citationIndex) {
        return OPEN + Integer.toString(citationIndex) + CLOSE;
    }

    /** Whether the text may hold a placeholder: a cheap test before a regular expression. */
    static boolean mayOccurIn(String text) {
        return text.indexOf(OPEN) >= 0;
    }

    /** Replaces the marker characters in author text by U+FFFD (same length, so source offsets are unchanged). */
    static String neutralize(String markdown) {
        return markdown.replace(OPEN, '\uFFFD').replace(CLOSE, '\uFFFD');
    }
}
