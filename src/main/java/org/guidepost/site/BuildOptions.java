package org.guidepost.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What to build and how: site folder, output folder, whether drafts are included, "today" for review
 * dates, the languages to publish (empty: all of them), and a base URL replacing site.yaml's (null: keep it).
 */
public record BuildOptions(Path siteDir, Path outDir, boolean drafts, LocalDate today, List<String> languages, String baseUrl) {

    public BuildOptions {
        languages = List.copyOf(languages);
    }

    public BuildOptions(Path siteDir, Path outDir, boolean drafts, LocalDate today, List<String> languages) {
        this(siteDir, outDir, drafts, today, languages, null);
    }

    public BuildOptions(Path siteDir, Path outDir, boolean drafts, LocalDate today) {
        this(siteDir, outDir, drafts, today, List.of(), null);
    }

    public static BuildOptions of(Path siteDir, Path outDir) {
        return new BuildOptions(siteDir, outDir, false, LocalDate.now());
    }
}
