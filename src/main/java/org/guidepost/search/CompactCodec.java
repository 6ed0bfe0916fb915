package org.guidepost.search;

/**
 * Writes non-negative integers as short ASCII text that JSON leaves unescaped: a variable-length number is zero or
 * more continuation digits (base {@link #CONTINUATION}) then one final digit (base {@link #FINAL}); a level is one
 * character of the whole {@link #ALPHABET}. The browser engine decodes both.
 */
final class CompactCodec {

    /** '!' to '~' without the characters JSON escapes or that need escaping in a script ({@code " \ < > &}). */
    static final String ALPHABET = alphabet();
    /** Final digits: the first 64 characters; continuation digits: the rest. */
    static final int FINAL = 64;
    static final int CONTINUATION = ALPHABET.length() - FINAL;
    /** Bits per bitmap character (final digits only). */
    static final int BITMAP_BITS = 6;
    /** Number of distinct one-character levels. */
    static final int LEVELS = ALPHABET.length();

    private CompactCodec() {
    }

    static void append(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        int high = value / FINAL;
        if (high > 0) {
            appendContinuation(out, high);
        }
        out.append(ALPHABET.charAt(value % FINAL));
    }

    /** One character for a level in [0, LEVELS). */
    static void appendLevel(StringBuilder out, int level) {
        out.append(ALPHABET.charAt(level));
    }

    private static void appendContinuation(StringBuilder out, int value) {
        if (value >= CONTINUATION) {
            appendContinuation(out, value / CONTINUATION);
        }
        out.append(ALPHABET.charAt(FINAL + value % CONTINUATION));
    }

    private static String alphabet() {
        StringBuilder chars = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            if ("\"\\<>&".indexOf(c) < 0) {
                chars.append(c);
            }
        }
        return chars.toString();
    }
}
