package org.guidepost.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;

import org.guidepost.io.AtomicFiles;
import org.guidepost.io.FileTrees;
import org.guidepost.render.OutputSink;

/**
 * Writes a build into a staging folder beside the output, then swaps it in: a failed or killed build
 * leaves the previous output untouched.
 */
final class StagingOutput implements OutputSink, AutoCloseable {

    private final Path outDir;
    private final Path staging;
    private final PreviousOutput previous;
    private final Progress progress;
    private final AtomicInteger files = new AtomicInteger();
    private boolean published;

    StagingOutput(Path outDir, Progress progress) {
        this.outDir = outDir.toAbsolutePath().normalize();
        this.progress = progress;
        this.previous = PreviousOutput.of(this.outDir);
        try {
            Files.createDirectories(this.outDir.getParent());
            removeLeftovers(this.outDir);
            this.staging = Files.createTempDirectory(this.outDir.getParent(), "." + this.outDir.getFileName() + ".building-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + this.outDir, e);
        }
    }

    @Override
    public void write(String path, byte[] content) {
        try {
            Path target = target(path);
            Files.createDirectories(target.getParent());
            if (!previous.linkIfSame(target, path, content)) {
                Files.write(target, content);
            }
            files.incrementAndGet();
            progress.advance();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    @Override
    public void copy(String path, Path source) {
        try {
            Path target = target(path);
            Files.createDirectories(target.getParent());
            if (!previous.linkIfSame(target, path, source)) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + path, e);
        }
    }

    /** The staging folder, for steps that write many files themselves. */
    Path directory() {
        return staging;
    }

    int fileCount() {
        return files.get();
    }

    /** Replaces the output folder with the staged one. */
    void publish() {
        try {
            Path old = null;
            if (Files.exists(outDir)) {
                old = Files.createTempDirectory(outDir.getParent(), "." + outDir.getFileName() + ".old-");
                Files.delete(old);
                AtomicFiles.move(outDir, old);
            }
            try {
                AtomicFiles.move(staging, outDir);
            } catch (IOException e) {
                if (old != null) {
                    AtomicFiles.move(old, outDir);
                }
                throw e;
            }
            published = true;
            if (old != null) {
                FileTrees.delete(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + outDir, e);
        }
    }

    /** Removes the staging folder unless it was published. */
    @Override
    public void close() {
        if (!published) {
            try {
                FileTrees.delete(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the staging folder " + staging, e);
            }
        }
    }

    /** Removes the staging and replaced folders of earlier builds of this output that were killed before cleaning up. */
    private static void removeLeftovers(Path outDir) throws IOException {
        String name = outDir.getFileName().toString();
        try (java.util.stream.Stream<Path> siblings = Files.list(outDir.getParent())) {
            for (Path sibling : siblings.toList()) {
                String siblingName = sibling.getFileName().toString();
                if (Files.isDirectory(sibling) && (siblingName.startsWith("." + name + ".building-") || siblingName.startsWith("." + name + ".old-"))) {
                    FileTrees.delete(sibling);
                }
            }
        }
    }

    private Path target(String path) {
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging)) {
            throw new IllegalArgumentException("output path escapes the output folder: " + path);
        }
        return target;
    }
}
