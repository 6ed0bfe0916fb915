package org.guidepost.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files replaced in one step: written beside their target under a temporary name, then moved over it. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes a file's new content into the temporary file it is given. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path temporary) throws IOException;
    }

    /** Replaces (or creates) {@code target}: readers see the old file or the new one, never a part of it. */
    public static void replace(Path target, Filler filler) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".gp-", ".tmp");
        try {
            filler.fill(temporary);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        replace(target, temporary -> Files.write(temporary, content));
    }

    /** Moves a file or folder over {@code to} atomically where the file system can, plainly where it cannot. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
