package org.guidepost.render;

import java.util.Set;

/**
 * Shrinks a theme script without changing what it does: drops comments and the whitespace that does not separate two
 * tokens, keeps one line break where lines broke (so automatic semicolon insertion is unaffected), and copies string,
 * template and regular-expression literals as they are.
 */
final class ScriptMinifier {

    private static final String REGEX_AFTER = "(,=:[!&|?{};+-*%<>~^";
    private static final Set<String> REGEX_AFTER_WORDS = Set.of("return", "typeof", "case", "in", "of", "new", "delete", "void", "throw");

    private final String source;
    private final StringBuilder out;
    private int i;
    private boolean pendingSpace;
    private boolean pendingBreak;

    private ScriptMinifier(String source) {
        this.source = source;
        this.out = new StringBuilder(source.length());
    }

    static String minify(String source) {
        return new ScriptMinifier(source).run();
    }

    private String run() {
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                pendingBreak = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                int stop = end < 0 ? source.length() : end + 2;
                if (source.substring(i, stop).indexOf('\n') >= 0) {
                    pendingBreak = true;
                } else {
                    pendingSpace = true;
                }
                i = stop;
            } else if (c == '"' || c == '\'' || c == '`') {
                separate(c);
                copyQuoted(c);
            } else if (c == '/' && regexMayStart()) {
                separate(c);
                copyRegex();
            } else {
                separate(c);
                out.append(c);
                i++;
            }
        }
        return out.append('\n').toString();
    }

    private void separate(char next) {
        if (out.length() > 0) {
            char previous = out.charAt(out.length() - 1);
            if (pendingBreak) {
                out.append('\n');
            } else if (pendingSpace && (isWord(previous) && isWord(next) || previous == next && "+-/".indexOf(next) >= 0)) {
                out.append(' ');
            }
        }
        pendingSpace = false;
        pendingBreak = false;
    }

    private void copyQuoted(char quote) {
        out.append(quote);
        for (i++; i < source.length(); i++) {
            char c = source.charAt(i);
            out.append(c);
            if (c == '\\' && i + 1 < source.length()) {
                out.append(source.charAt(++i));
            } else if (c == quote) {
                i++;
                return;
            }
        }
    }

    private void copyRegex() {
        boolean inClass = false;
        out.append('/');
        for (i++; i < source.length(); i++) {
            char c = source.charAt(i);
            out.append(c);
            if (c == '\\' && i + 1 < source.length()) {
                out.append(source.charAt(++i));
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                i++;
                return;
            }
        }
    }

    /** Whether a '/' here starts a regular expression rather than dividing: by the token before it. */
    private boolean regexMayStart() {
        int end = out.length();
        if (end == 0) {
            return true;
        }
        char previous = out.charAt(end - 1);
        if (REGEX_AFTER.indexOf(previous) >= 0) {
            return true;
        }
        int start = end;
        while (start > 0 && isWord(out.charAt(start - 1))) {
            start--;
        }
        return start < end && REGEX_AFTER_WORDS.contains(out.substring(start, end));
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
    }
}
