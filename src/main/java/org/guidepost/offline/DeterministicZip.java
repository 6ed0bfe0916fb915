package org.guidepost.offline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips a folder so that the same files give the same bytes: entries sorted by path, one fixed timestamp, no extra fields. */
final class DeterministicZip {

    /** The DOS timestamp of every entry (local time fields, so the machine's time zone plays no part). */
    static final LocalDateTime TIMESTAMP = LocalDateTime.of(2000, 1, 1, 0, 0);

    private DeterministicZip() {
    }

    /** Writes every file under {@code folder} into the stream; returns the number of entries. */
    static int write(Path folder, OutputStream out) throws IOException {
        List<String> paths;
        try (Stream<Path> files = Files.walk(folder)) {
            paths = files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (String path : paths) {
                ZipEntry entry = new ZipEntry(path);
                entry.setTimeLocal(TIMESTAMP);
                zip.putNextEntry(entry);
                Files.copy(folder.resolve(path), zip);
                zip.closeEntry();
            }
        }
        return paths.size();
    }
}
