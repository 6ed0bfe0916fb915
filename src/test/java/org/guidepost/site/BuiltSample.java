package org.guidepost.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.guidepost.testing.TestSites;

/** The sample site built once per test run (with every output step), shared read-only by the tests that read it. */
final class BuiltSample {

    /** The built site's public/ folder. */
    static final Path OUT = build();

    private BuiltSample() {
    }

    private static Path build() {
        try {
            Path out = Files.createTempDirectory("guidepost-sample-").resolve("public");
            BuildResult result = SiteBuilders.standard().build(new BuildOptions(TestSites.SAMPLE, out, false, LocalDate.of(2026, 11, 21)), Progress.SILENT);
            if (!result.published()) {
                throw new IllegalStateException("the sample site does not build: " + result.diagnostics());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
