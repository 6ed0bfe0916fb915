package org.guidepost.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.guidepost.render.OutputSink;

/** Passes files on to another output and remembers the path and fingerprint of each, for the steps that run last. */
final class RecordingOutput implements OutputSink {

    private final OutputSink target;
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    RecordingOutput(OutputSink target) {
        this.target = target;
    }

    @Override
    public void write(String path, byte[] content) {
        target.write(path, content);
        fingerprints.put(path, FileFingerprint.of(content));
    }

    @Override
    public void copy(String path, Path source) {
        target.copy(path, source);
        fingerprints.put(path, FileFingerprint.of(source));
    }

    /** Adds the files that steps wrote straight into the staging folder (e.g. the search index), walking it once. */
    void recordFilesWrittenDirectly(Path directory) {
        byte[] buffer = new byte[64 * 1024];
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = directory.relativize(file).toString().replace('\\', '/');
                if (!fingerprints.containsKey(path)) {
                    fingerprints.put(path, FileFingerprint.of(file, buffer));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    BuiltFiles files() {
        return new BuiltFiles(new TreeMap<>(fingerprints));
    }
}
