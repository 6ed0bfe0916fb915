package org.guidepost.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.guidepost.render.OutputSink;

/** Passes files on to another output and remembers the path and hash of each, for the steps that run last. */
final class RecordingOutput implements OutputSink {

    private final OutputSink target;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    RecordingOutput(OutputSink target) {
        this.target = target;
    }

    @Override
    public void write(String path, byte[] content) {
        target.write(path, content);
        hashes.put(path, HexFormat.of().formatHex(BuiltFiles.sha256().digest(content)));
    }

    @Override
    public void copy(String path, Path source) {
        target.copy(path, source);
        hashes.put(path, hashOf(source));
    }

    private static String hashOf(Path file) {
        MessageDigest digest = BuiltFiles.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Adds the files that steps wrote straight into the staging folder (e.g. the search index), walking it once. */
    void recordFilesWrittenDirectly(Path directory) {
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = directory.relativize(file).toString().replace('\\', '/');
                if (!hashes.containsKey(path)) {
                    hashes.put(path, hashOf(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    BuiltFiles files() {
        return new BuiltFiles(new TreeMap<>(hashes));
    }
}
