package org.guidepost.search;

/**
 * Writes non-negative integers as variable-length text, 5 bits per character: characters from the first
 * half of {@link #ALPHABET} continue a number, characters from the second half end it. The browser decodes it.
 */
final class CompactCodec {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private CompactCodec() {
    }

    static void append(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        int shift = 0;
        while ((value >>> (shift + 5)) != 0) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            out.append(ALPHABET.charAt((value >>> shift) & 31));
        }
        out.append(ALPHABET.charAt(32 + (value & 31)));
    }
}
