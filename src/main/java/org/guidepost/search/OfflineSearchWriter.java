package org.guidepost.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes everything the offline search needs into a site output folder: {@code search/**} and {@code assets/search*.js}. */
public final class OfflineSearchWriter {

    private final OfflineIndexExporter exporter = new OfflineIndexExporter();
    private final SearchAssets assets = new SearchAssets();

    /** Exports the indexes under {@code luceneRoot} and copies the scripts from {@code themeAssets} into {@code out}. */
    public void write(Path luceneRoot, List<SearchLanguage> languages, Path themeAssets, Path out) throws IOException {
        exporter.export(luceneRoot, languages, out);
        assets.install(themeAssets, out);
    }
}
