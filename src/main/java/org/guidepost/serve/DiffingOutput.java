package org.guidepost.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.guidepost.io.AtomicFiles;
import org.guidepost.render.OutputSink;

/**
 * Writes into the served output folder in place, only the files whose bytes changed, each replaced
 * atomically (a request never reads half a file). Remembers what it was given and what it changed.
 */
final class DiffingOutput implements OutputSink {

    private final Path root;
    private final Set<String> given = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    DiffingOutput(Path root) {
        this.root = root;
    }

    @Override
    public void write(String path, byte[] content) {
        Path target = target(path);
        given.add(path);
        try {
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
                return;
            }
            AtomicFiles.write(target, content);
            changed.add(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    @Override
    public void copy(String path, Path source) {
        Path target = target(path);
        given.add(path);
        try {
            if (Files.isRegularFile(target) && Files.mismatch(source, target) == -1) {
                return;
            }
            AtomicFiles.replace(target, temp -> Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING));
            changed.add(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + path, e);
        }
    }

    /** Deletes a file of the output (and its folders when they become empty). */
    void delete(String path) {
        Path target = target(path);
        try {
            if (Files.deleteIfExists(target)) {
                changed.add(path);
                for (Path dir = target.getParent(); !dir.equals(root) && isEmptyDirectory(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    /** Every path written or copied, changed or not. */
    Set<String> given() {
        return new TreeSet<>(given);
    }

    /** The paths whose content changed or that were deleted. */
    Set<String> changed() {
        return new TreeSet<>(changed);
    }

    private Path target(String path) {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output path escapes the output folder: " + path);
        }
        return target;
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
