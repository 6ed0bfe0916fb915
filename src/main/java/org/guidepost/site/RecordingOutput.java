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
        MessageDigest digest = BuiltFiles.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        hashes.put(path, HexFormat.of().formatHex(digest.digest()));
    }

    BuiltFiles files() {
        return new BuiltFiles(new TreeMap<>(hashes));
    }
}
