package org.guidepost.site;

import java.nio.file.Path;
import java.time.LocalDate;

/** What to build and how: site folder, output folder, whether drafts are included, and "today" for review dates. */
public record BuildOptions(Path siteDir, Path outDir, boolean drafts, LocalDate today) {

    public static BuildOptions of(Path siteDir, Path outDir) {
        return new BuildOptions(siteDir, outDir, false, LocalDate.now());
    }
}
