package org.guidepost.text;

import java.util.List;
import java.util.Map;

/** Writes Maps, Lists, Strings, numbers and booleans as compact JSON, safe to embed in a script element. */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, true);
        return out.toString();
    }

    /**
     * As {@link #write}, for a script file of its own, where markup in strings needs no escape: HTML carried in a
     * string stays a third shorter than with {@link #write}'s {@code \\u003c} for every {@code <}.
     */
    public static String writeForScriptFile(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, false);
        return out.toString();
    }

    /**
     * A value written once, for many documents that include it as it is (e.g. a source cited on many pages). Made only
     * by {@link #prewritten}, with the escapes for a script element, which are also valid JSON anywhere else.
     */
    public static final class Raw {

        private final String json;

        private Raw(String json) {
            this.json = json;
        }
    }

    /** The value written now, to be included in documents later without writing it again. */
    public static Raw prewritten(Object value) {
        return new Raw(write(value));
    }

    private static void append(StringBuilder out, Object value, boolean inScriptElement) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json);
        } else if (value instanceof String text) {
            appendString(out, text, inScriptElement);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                appendString(out, String.valueOf(entry.getKey()), inScriptElement);
                out.append(':');
                append(out, entry.getValue(), inScriptElement);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i), inScriptElement);
            }
            out.append(']');
        } else {
            appendString(out, value.toString(), inScriptElement);
        }
    }

    /** Appends the text quoted, copying the runs of characters that need no escape at once. */
    private static void appendString(StringBuilder out, String text, boolean inScriptElement) {
        out.append('"');
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // the common case first: letters, digits, most punctuation and non-ASCII text stand for themselves
            boolean plain = c > '>' ? c != '\\' && c != '\u2028' && c != '\u2029'
                    : c >= ' ' && c != '"' && (!inScriptElement || c != '&' && c != '<' && c != '>');
            if (!plain) {
                out.append(text, runStart, i).append(escape(c));
                runStart = i + 1;
            }
        }
        out.append(text, runStart, text.length()).append('"');
    }

    /** The escape sequence that stands for a character that cannot stand for itself in a string. */
    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            // '<', '>' and '&' escaped so "</script>" or "<!--" inside data can never close or confuse the element
            case '<' -> "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> String.format("\\u%04x", (int) c);
        };
    }
}
