package org.guidepost.site;

import java.util.List;

import org.guidepost.diagnostic.Diagnostic;

/** The outcome of a build or check: diagnostics in report order, pages and files written, and time taken. */
public record BuildResult(boolean published, List<Diagnostic> diagnostics, int pages, int files, long millis) {

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.stream().filter(d -> !d.isError()).count();
    }
}
