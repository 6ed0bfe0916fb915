package org.guidepost.offline;

import java.nio.file.Path;
import java.util.List;

import org.guidepost.diagnostic.Diagnostic;

/** The outcome of `bundle`: whether the zip was written, the build's diagnostics, the zip's entries and size. */
public record BundleResult(boolean written, List<Diagnostic> diagnostics, Path zipFile, int entries, long bytes, long millis) {

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.stream().filter(d -> !d.isError()).count();
    }
}
