package org.guidepost.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.guidepost.config.LanguageConfig;
import org.guidepost.content.Site;

/** Files in the language folders that are not articles (images, PDFs): published beside the pages. */
final class ContentFiles {

    private ContentFiles() {
    }

    static List<Path> list(Site site) {
        return site.config().languages().stream()
                .map(LanguageConfig::code)
                .map(site.contentDir()::resolve)
                .filter(Files::isDirectory)
                .flatMap(ContentFiles::walk)
                .filter(Files::isRegularFile)
                .filter(file -> !file.getFileName().toString().endsWith(".md"))
                .filter(file -> !file.getFileName().toString().startsWith("."))
                .sorted()
                .toList();
    }

    private static Stream<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
