package org.guidepost.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a site's content/ and site-templates/ folders recursively (folders created later included)
 * and reports changed paths in batches: a batch closes once no event came for a short quiet time, so
 * an editor's save (often write, rename and touch) gives one rebuild. When events were lost, the
 * content folder itself is reported, which means "rebuild everything".
 */
final class ContentWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 15;
    private static final Set<String> WATCHED = Set.of("content", "site-templates");

    private final Path siteDir;
    private final Consumer<Set<Path>> listener;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    ContentWatcher(Path siteDir, Consumer<Set<Path>> listener) {
        this.siteDir = siteDir;
        this.listener = listener;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            folders.put(siteDir.register(service, ENTRY_CREATE, ENTRY_DELETE), siteDir);
            for (String name : WATCHED) {
                registerTree(siteDir.resolve(name), new HashSet<>());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + siteDir, e);
        }
        this.thread = new Thread(this::run, "guidepost-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
        try {
            // a rebuild in progress finishes writing before its caller may delete the output
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (true) {
                Set<Path> batch = new HashSet<>();
                collect(service.take(), batch);
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(next, batch);
                }
                if (!batch.isEmpty()) {
                    listener.accept(Set.copyOf(batch));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server stops
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                batch.add(siteDir.resolve("content"));
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (folder.equals(siteDir) && !WATCHED.contains(path.getFileName().toString())) {
                continue; // other things in the site folder (the output, notes...) are not sources
            }
            batch.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path, batch);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Watches a folder and every folder below it; files already inside are added to the batch (they may predate the watch). */
    private void registerTree(Path root, Set<Path> batch) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                if (Files.isDirectory(path)) {
                    folders.put(path.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), path);
                } else {
                    batch.add(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }
}
