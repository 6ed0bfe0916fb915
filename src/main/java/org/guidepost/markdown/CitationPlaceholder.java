package org.guidepost.markdown;

/**
 * Marks where a citation goes in rendered HTML until the caller numbers it: two Unicode noncharacters around the
 * citation's index. Authors cannot forge one, because the same characters are neutralized in the Markdown source.
 * Placeholders are found by hand rather than with a regular expression: every article's HTML is searched twice.
 */
final class CitationPlaceholder {

    private static final char OPEN = '\uFDD0';
    private static final char CLOSE = '\uFDD1';

    /** One placeholder in a text: where it starts and ends, and the index of the citation it stands for. */
    record Found(int start, int end, int citationIndex) {
    }

    private CitationPlaceholder() {
    }

    static String of(int citationIndex) {
        return OPEN + Integer.toString(citationIndex) + CLOSE;
    }

    /** Whether the text may hold a placeholder: a cheap test before a search. */
    static boolean mayOccurIn(String text) {
        return text.indexOf(OPEN) >= 0;
    }

    /** Replaces the marker characters in author text by U+FFFD (same length, so source offsets are unchanged). */
    static String neutralize(String markdown) {
        return markdown.replace(OPEN, '\uFFFD').replace(CLOSE, '\uFFFD');
    }

    /** The first placeholder (the open mark, ASCII digits, the close mark) at or after {@code from}, or null. */
    static Found find(String text, int from) {
        for (int open = text.indexOf(OPEN, from); open >= 0; open = text.indexOf(OPEN, open + 1)) {
            int digitsEnd = open + 1;
            while (digitsEnd < text.length() && text.charAt(digitsEnd) >= '0' && text.charAt(digitsEnd) <= '9') {
                digitsEnd++;
            }
            if (digitsEnd > open + 1 && digitsEnd < text.length() && text.charAt(digitsEnd) == CLOSE) {
                return new Found(open, digitsEnd + 1, Integer.parseInt(text, open + 1, digitsEnd, 10));
            }
        }
        return null;
    }

    /** The text without its placeholders, each removed together with the white space right before it. */
    static String removeWithLeadingSpace(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int keptUpTo = 0;
        for (Found found = find(text, 0); found != null; found = find(text, found.end())) {
            int start = found.start();
            while (start > keptUpTo && isSpace(text.charAt(start - 1))) {
                start--;
            }
            kept.append(text, keptUpTo, start);
            keptUpTo = found.end();
        }
        return kept.append(text, keptUpTo, text.length()).toString();
    }

    // white space as the regular expression \s has it
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
