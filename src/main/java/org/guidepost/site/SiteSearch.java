package org.guidepost.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.guidepost.content.ContentHash;
import org.guidepost.content.Site;
import org.guidepost.io.FileTrees;
import org.guidepost.render.Theme;
import org.guidepost.search.SearchDocument;
import org.guidepost.search.SearchHit;
import org.guidepost.search.SearchIndexBuilder;
import org.guidepost.search.SiteSearcher;

/** Searches a site's Lucene index (kept in .guidepost-cache/lucene), rebuilding it first when the content changed. */
public final class SiteSearch {

    private final Path siteDir;

    public SiteSearch(Path siteDir) {
        this.siteDir = siteDir;
    }

    public List<SearchHit> search(Site site, Theme theme, String lang, String query, int limit) {
        Path root = siteDir.resolve(".guidepost-cache/lucene");
        List<SearchDocument> documents = SearchDocuments.of(site, theme.strings());
        String fingerprint = ContentHash.of(documents.toString() + SearchDocuments.languages(site));
        Path stamp = root.resolve("fingerprint");
        try {
            if (!Files.isRegularFile(stamp) || !Files.readString(stamp, StandardCharsets.UTF_8).equals(fingerprint)) {
                FileTrees.delete(root);
                new SearchIndexBuilder().build(root, SearchDocuments.languages(site), documents);
                Files.writeString(stamp, fingerprint, StandardCharsets.UTF_8);
            }
            return new SiteSearcher().search(root, lang, query, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index in " + root, e);
        }
    }
}
