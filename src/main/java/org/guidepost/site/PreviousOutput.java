package org.guidepost.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The output of the previous build, which a new build replaces: a file it would write again with the same bytes is
 * hard-linked into the staging folder instead. Nothing is written or copied for it, and removing the replaced output
 * afterwards frees no file: on a 10,000-article site both take a fraction of the time. Where links are not possible
 * (another file system, FAT), the file is written as usual.
 */
final class PreviousOutput {

    private final Path root;

    private PreviousOutput(Path root) {
        this.root = root;
    }

    /** The output folder as it is before the build, or none. */
    static PreviousOutput of(Path outDir) {
        return new PreviousOutput(Files.isDirectory(outDir, LinkOption.NOFOLLOW_LINKS) ? outDir : null);
    }

    /** Links {@code target} to the previous file at {@code path} when that has exactly these bytes; false otherwise. */
    boolean linkIfSame(Path target, String path, byte[] content) {
        Path old = previous(path, content.length);
        try {
            return old != null && Arrays.equals(Files.readAllBytes(old), content) && link(target, old);
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** Links {@code target} to the previous file at {@code path} when that has the bytes of {@code source}; false otherwise. */
    boolean linkIfSame(Path target, String path, Path source) {
        try {
            Path old = previous(path, Files.size(source));
            return old != null && Files.mismatch(old, source) == -1 && link(target, old);
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** The previous file at {@code path} if it is a plain file of that size. */
    private Path previous(String path, long size) {
        if (root == null) {
            return null;
        }
        Path old = root.resolve(path).normalize();
        try {
            return old.startsWith(root) && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && Files.size(old) == size ? old : null;
        } catch (IOException gone) {
            return null;
        }
    }

    private static boolean link(Path target, Path old) {
        try {
            Files.createLink(target, old);
            return true;
        } catch (IOException | UnsupportedOperationException notPossibleHere) {
            return false;
        }
    }
}
