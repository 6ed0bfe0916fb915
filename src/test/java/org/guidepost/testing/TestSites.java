package org.guidepost.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The fixture sites tests build, and a way to copy one before a test edits it. */
public final class TestSites {

    /** The repository's own site: the two seed articles in English and Vietnamese. */
    public static final Path SAMPLE = Path.of("").toAbsolutePath();
    /** en + vi + ar (right-to-left) + th, with a missing and an outdated translation. */
    public static final Path MULTILINGUAL = Path.of("src/test/resources/sites/multilingual").toAbsolutePath();

    private TestSites() {
    }

    /** Copies a site's content/ and site-templates/ (nothing else) into {@code to}. */
    public static Path copy(Path site, Path to) throws IOException {
        for (String part : new String[] {"content", "site-templates"}) {
            Path from = site.resolve(part);
            if (!Files.isDirectory(from)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(site.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        }
        return to;
    }
}
