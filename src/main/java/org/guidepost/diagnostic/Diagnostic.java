package org.guidepost.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One problem found in the content, located by file, line and column (1-based; 0 when unknown),
 * with a message saying what is wrong and a hint saying what to do.
 */
public record Diagnostic(Severity severity, String code, Path file, int line, int column, String message, String hint) {

    /** Order used for reports: by file, then position, then message, so output is deterministic. */
    public static final Comparator<Diagnostic> REPORT_ORDER = Comparator
            .comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String code, Path file, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, file, line, column, message, hint);
    }

    public static Diagnostic warning(String code, Path file, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, file, line, column, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "content/en/a.md:12:3: error: unknown source key 'x' (add it to content/sources.yaml)". */
    public String format(Path relativeTo) {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            Path shown = relativeTo != null && file.isAbsolute() && file.startsWith(relativeTo) ? relativeTo.relativize(file) : file;
            text.append(shown.toString().replace('\\', '/'));
            if (line > 0) {
                text.append(':').append(line);
                if (column > 0) {
                    text.append(':').append(column);
                }
            }
            text.append(": ");
        }
        text.append(severity.label()).append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            text.append("\n    hint: ").append(hint);
        }
        return text.toString();
    }
}
