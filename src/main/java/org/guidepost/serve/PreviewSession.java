package org.guidepost.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.io.FileTrees;
import org.guidepost.site.BuildOptions;
import org.guidepost.site.DashboardStep;
import org.guidepost.site.SiteBuilder;

/**
 * `guidepost serve` at work: builds the site (drafts included, dashboard written), serves it, watches
 * the sources and rebuilds what changed, telling the browsers through server-sent events.
 */
public final class PreviewSession implements AutoCloseable {

    private final LiveSite site;
    private final PreviewServer server;
    private final ContentWatcher watcher;
    private final ExecutorService afterPages;
    /** The temporary output folder to remove at the end, or null when the caller chose the folder. */
    private final Path temporaryOutput;
    private final AtomicBoolean closed;

    private PreviewSession(LiveSite site, PreviewServer server, ContentWatcher watcher, ExecutorService afterPages, Path temporaryOutput,
                           AtomicBoolean closed) {
        this.closed = closed;
        this.site = site;
        this.server = server;
        this.watcher = watcher;
        this.afterPages = afterPages;
        this.temporaryOutput = temporaryOutput;
    }

    /** Builds and starts serving; {@code log} receives one line per rebuild and per error, for the console. */
    public static PreviewSession start(ServeOptions options, SiteBuilder builder, Consumer<String> log) {
        Path temporaryOutput = options.outDir() == null ? temporaryFolder() : null;
        Path outDir = temporaryOutput == null ? options.outDir() : temporaryOutput;
        BuildOptions build = new BuildOptions(options.siteDir(), outDir, options.drafts(), options.today());
        BrowserNotifier browsers = new BrowserNotifier(options.siteDir(), log);
        AtomicBoolean closed = new AtomicBoolean();
        ExecutorService afterPages = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "guidepost-checks-and-steps");
            thread.setDaemon(true);
            // a step failing (or interrupted because the preview stops) is reported in one line, never as a stack trace
            thread.setUncaughtExceptionHandler((failed, error) -> {
                if (!closed.get()) {
                    log.accept("error: the output steps failed (" + error.getMessage() + "); the next change tries again");
                }
            });
            return thread;
        });
        LiveSite site = new LiveSite(builder.with(new DashboardStep(options.today())), build, browsers, afterPages);
        ContentWatcher watcher = new ContentWatcher(options.siteDir(), paths -> {
            long start = System.nanoTime();
            try {
                if (site.changed(paths)) {
                    log.accept(String.format(Locale.ROOT, "rebuilt in %d ms", (System.nanoTime() - start) / 1_000_000));
                }
            } catch (RuntimeException e) {
                log.accept("error: the rebuild failed (" + e.getMessage() + "); the next change rebuilds everything");
            }
        });
        site.buildAll();
        awaitChecksAndSteps(afterPages); // the first build is complete (dashboard included) before the address is given
        try {
            PreviewServer server = PreviewServer.start(options.bind(), options.port(), options.portIsDefault(), outDir,
                    browsers.stream(), browsers::problemsJson);
            return new PreviewSession(site, server, watcher, afterPages, temporaryOutput, closed);
        } catch (IOException e) {
            watcher.close();
            afterPages.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + options.bind().getHostAddress() + ":" + options.port(), e);
        }
    }

    /** Where the preview is served, e.g. http://127.0.0.1:1313/. */
    public URI address() {
        return server.address();
    }

    /** The errors that currently stop the build (empty when it builds). */
    public List<Diagnostic> problems() {
        return site.problems();
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        watcher.close();
        server.close();
        afterPages.shutdownNow();
        awaitTermination(afterPages);
        if (temporaryOutput != null) {
            deleteTree(temporaryOutput);
        }
    }

    /** Waits for the output step that was running to stop writing, so that the output may be deleted once this returns. */
    private static void awaitTermination(ExecutorService afterPages) {
        try {
            afterPages.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitChecksAndSteps(ExecutorService afterPages) {
        try {
            afterPages.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the first build failed", e.getCause());
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("guidepost-serve-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the preview", e);
        }
    }

    private static void deleteTree(Path root) {
        try {
            FileTrees.delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the preview folder " + root, e);
        }
    }
}
