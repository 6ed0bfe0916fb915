package org.guidepost.serve;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * What a batch of file events means for the build: a full rebuild (configuration, sources, templates,
 * unknown places), article files to reload, and other content files (images) to copy or remove.
 */
record SourceChanges(boolean full, Set<Path> articleFiles, Set<Path> contentFiles) {

    static final SourceChanges FULL = new SourceChanges(true, Set.of(), Set.of());
    static final SourceChanges NONE = new SourceChanges(false, Set.of(), Set.of());

    boolean isEmpty() {
        return !full && articleFiles.isEmpty() && contentFiles.isEmpty();
    }

    /** Both batches together (changes that arrived while a build was failing wait for the next one). */
    SourceChanges plus(SourceChanges other) {
        Set<Path> articles = new HashSet<>(articleFiles);
        articles.addAll(other.articleFiles);
        Set<Path> files = new HashSet<>(contentFiles);
        files.addAll(other.contentFiles);
        return new SourceChanges(full || other.full, Set.copyOf(articles), Set.copyOf(files));
    }
}
