package org.guidepost.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.OutputSink;
import org.guidepost.render.Theme;
import org.guidepost.search.OfflineIndexExporter;
import org.guidepost.search.SearchIndexBuilder;

/** Builds the Lucene index of every language and exports the offline index (search/**) derived from it. */
final class SearchIndexStep implements OutputStep {

    @Override
    public String name() {
        return "indexing for search";
    }

    @Override
    public void write(Site site, Theme theme, OutputSink sink, Path directory, Diagnostics diagnostics) {
        Path lucene = null;
        try {
            lucene = Files.createTempDirectory("guidepost-lucene-");
            new SearchIndexBuilder().build(lucene, SearchDocuments.languages(site), SearchDocuments.of(site, theme.strings()));
            new OfflineIndexExporter().export(lucene, SearchDocuments.languages(site), directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        } finally {
            if (lucene != null) {
                try {
                    StagingOutput.deleteTree(lucene);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove the temporary search index " + lucene, e);
                }
            }
        }
    }
}
