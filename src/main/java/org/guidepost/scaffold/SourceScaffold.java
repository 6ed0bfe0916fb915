package org.guidepost.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends a commented source entry to content/sources.yaml. */
public final class SourceScaffold {

    private SourceScaffold() {
    }

    public static Path append(Path siteDir, String key) {
        if (!key.matches("[a-z0-9][a-z0-9-]*")) {
            throw new ScaffoldException("source keys are lowercase letters, digits and dashes, e.g. moh-2015");
        }
        Path file = siteDir.resolve("content/sources.yaml");
        try {
            String existing = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (existing.lines().anyMatch(line -> line.equals(key + ":"))) {
                throw new ScaffoldException("'" + key + "' is already in content/sources.yaml");
            }
            String entry = (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + """

                    %s:
                      # guideline | web page | blog post | article | book
                      type: web page
                      title: "Title as the source gives it"
                      # an organisation (issuer) or people (authors: [..]); remove the one that does not apply
                      issuer: "Organisation"
                      # ISO date, a year, or --MM-DD when the source gives no year
                      date:
                      # e.g. "Decision No. 5063/QD-BYT dated December 5, 2014"
                      identifier:
                      url:
                      # when you read a web page (ISO date)
                      accessed:
                      language:
                      note:
                    """.formatted(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
