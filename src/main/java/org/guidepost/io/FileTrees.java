package org.guidepost.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** Folders removed with everything in them. */
public final class FileTrees {

    /** Removing files is mostly waiting for the file system: more removers than cores still help. */
    private static final int REMOVERS = 4;

    private FileTrees() {
    }

    /**
     * Removes a folder and everything in it, nothing when it does not exist; links inside are removed, never followed.
     * The folders two levels down (a language's sections, on a built site) are removed side by side.
     */
    public static void delete(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(root);
            return;
        }
        List<Path> subtrees;
        try (Stream<Path> walk = Files.walk(root, 2)) {
            subtrees = walk.filter(path -> path.getNameCount() - root.getNameCount() == 2 && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .toList();
        }
        if (subtrees.size() > 1) {
            deleteSideBySide(subtrees);
        }
        deleteOneByOne(root);
    }

    private static void deleteSideBySide(List<Path> subtrees) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(REMOVERS);
        try {
            List<Future<?>> removals = new ArrayList<>();
            for (Path subtree : subtrees) {
                removals.add(pool.submit(() -> {
                    deleteOneByOne(subtree);
                    return null;
                }));
            }
            for (Future<?> removal : removals) {
                removal.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while removing " + subtrees.get(0).getParent(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException(e.getCause()));
        } finally {
            pool.shutdown();
        }
    }

    private static void deleteOneByOne(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) {
                    throw exc;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
