package org.guidepost.markdown;

/**
 * Escapes text and attribute values exactly as jsoup writes them when it serializes a sanitized body (base entities,
 * UTF-8, HTML syntax), so that markup written with these is already in the sanitizer's output form: {@code & < >} and
 * no-break spaces in text, {@code & "} and no-break spaces in attribute values, control characters and unpaired
 * surrogates (and the few code points whose low 16 bits look like one) as numeric references, NUL as U+FFFD.
 */
final class SerializedHtml {

    private SerializedHtml() {
    }

    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendText(out, text, 0, text.length());
        return out.toString();
    }

    static String attributeValue(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        append(out, value, 0, value.length(), false);
        return out.toString();
    }

    /** Appends {@code text[start, end)} escaped as the content of an element. */
    static void appendText(StringBuilder out, CharSequence text, int start, int end) {
        append(out, text, start, end, true);
    }

    private static void append(StringBuilder out, CharSequence chars, int start, int end, boolean forText) {
        int runStart = start;
        for (int i = start; i < end; i++) {
            char c = chars.charAt(i);
            if (isPlain(c)) {
                continue;
            }
            String replacement;
            int consumed = 1;
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, chars.charAt(i + 1));
                // jsoup asks its encoder about the code point's low 16 bits, which refuses those that fall in the surrogates
                replacement = Character.isSurrogate((char) codePoint) ? numeric(codePoint) : null;
                consumed = 2;
            } else {
                replacement = replacement(c, forText);
            }
            if (replacement != null) {
                appendRange(out, chars, runStart, i);
                out.append(replacement);
                runStart = i + consumed;
            }
            i += consumed - 1;
        }
        appendRange(out, chars, runStart, end);
    }

    /** Appends {@code chars[start, end)}; a whole string at once, as Java 17's builder copies a range of chars one call at a time. */
    static void appendRange(StringBuilder out, CharSequence chars, int start, int end) {
        if (start == 0 && end == chars.length() && chars instanceof String whole) {
            out.append(whole);
        } else {
            out.append(chars, start, end);
        }
    }

    /** Most characters: written as they are in text and attribute values alike. */
    private static boolean isPlain(char c) {
        return c >= '?' ? c != '\u00A0' && !Character.isSurrogate(c) : c >= ' ' && c != '&' && c != '<' && c != '>' && c != '"';
    }

    private static String replacement(char c, boolean forText) {
        return switch (c) {
            case '&' -> "&amp;";
            case '\u00A0' -> "&nbsp;";
            case '<' -> forText ? "&lt;" : null;
            case '>' -> forText ? "&gt;" : null;
            case '"' -> forText ? null : "&quot;";
            case '\t', '\n', '\r' -> null;
            // what jsoup's parser reads a NUL as
            case '\0' -> "\uFFFD";
            default -> c < ' ' || Character.isSurrogate(c) ? numeric(c) : null;
        };
    }

    private static String numeric(int codePoint) {
        return "&#x" + Integer.toHexString(codePoint) + ";";
    }
}
