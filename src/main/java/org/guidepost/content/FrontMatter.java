package org.guidepost.content;

import java.util.Optional;

/** The parts of an article file: the YAML between the opening and closing "---" lines, and the Markdown body. */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    /** Splits a file's text; empty when the file does not open with a "---" line followed by a closing one. */
    public static Optional<FrontMatter> split(String text) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalized = normalized.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            return Optional.empty();
        }
        int lineNumber = 2;
        int position = 4;
        while (position <= normalized.length()) {
            int end = normalized.indexOf('\n', position);
            String line = end < 0 ? normalized.substring(position) : normalized.substring(position, end);
            if (line.equals("---") || line.equals("...")) {
                String yaml = normalized.substring(4, position);
                String body = end < 0 ? "" : normalized.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 2, body, lineNumber + 1));
            }
            if (end < 0) {
                break;
            }
            position = end + 1;
            lineNumber++;
        }
        return Optional.empty();
    }

    /** True when the text starts with "---" but never closes it, to tell editors which mistake they made. */
    public static boolean opensWithoutClosing(String text) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return normalized.replace("\r\n", "\n").startsWith("---\n");
    }
}
