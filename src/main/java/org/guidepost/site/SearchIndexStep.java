package org.guidepost.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.OutputSink;
import org.guidepost.render.Theme;
import org.guidepost.search.OfflineIndexExporter;

/** Exports the offline index (search/**), derived from Lucene's analysis and BM25 scores of every language. */
final class SearchIndexStep implements OutputStep {

    @Override
    public String name() {
        return "indexing for search";
    }

    @Override
    public void write(Site site, Theme theme, OutputSink sink, Path directory, Diagnostics diagnostics) {
        try {
            new OfflineIndexExporter().export(SearchDocuments.languages(site), SearchDocuments.of(site, theme.strings()), directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }
}
