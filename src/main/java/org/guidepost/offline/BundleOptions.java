package org.guidepost.offline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What to put in an offline copy: the site folder, the zip to write, "today" for review dates, and the languages (empty: all). */
public record BundleOptions(Path siteDir, Path zipFile, LocalDate today, List<String> languages) {

    public BundleOptions {
        languages = List.copyOf(languages);
    }
}
