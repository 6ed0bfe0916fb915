package org.guidepost.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Helpers for the preview tests: a writable copy of the multilingual fixture, file edits, folder snapshots. */
final class PreviewFixtures {

    static final Path MULTILINGUAL = org.guidepost.testing.TestSites.MULTILINGUAL;

    private PreviewFixtures() {
    }

    /** A copy of the multilingual fixture under {@code dir}; returns the site folder (absolute, real path). */
    static Path copyMultilingual(Path dir) throws IOException {
        return org.guidepost.testing.TestSites.copy(MULTILINGUAL, dir.resolve("site")).toRealPath();
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Every file under a folder with its bytes as text (ISO-8859-1 keeps every byte), by relative path. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
