package org.guidepost.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.OutputSink;
import org.guidepost.render.Theme;

/**
 * Output steps running side by side, each on a thread of its own, while the caller goes on (rendering the pages):
 * every step only reads the site and writes files no other step writes, so they need no order. Closing waits for
 * the steps, so that nothing writes into a staging folder that is being removed.
 */
final class RunningSteps implements AutoCloseable {

    private final ExecutorService pool;
    private final List<OutputStep> steps;
    private final List<Future<?>> running = new ArrayList<>();

    private RunningSteps(List<OutputStep> steps) {
        this.steps = steps;
        this.pool = Executors.newFixedThreadPool(Math.max(1, steps.size()), task -> {
            Thread thread = new Thread(task, "guidepost-output-step");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts every step; a template mistake in a step becomes a diagnostic, like one in a page. */
    static RunningSteps start(List<OutputStep> steps, Site site, Theme theme, OutputSink sink, Path directory, Diagnostics diagnostics) {
        RunningSteps started = new RunningSteps(List.copyOf(steps));
        for (OutputStep step : started.steps) {
            started.running.add(started.pool.submit(() -> SiteBuilder.reportingTemplateFailures(theme, diagnostics, () -> {
                step.write(site, theme, sink, directory, diagnostics);
                return 0;
            })));
        }
        return started;
    }

    /** Waits for every step, in order, naming the step waited for; a step's failure is rethrown here. */
    void awaitAll(Progress progress) {
        for (int i = 0; i < running.size(); i++) {
            Future<?> step = running.get(i);
            if (!step.isDone()) {
                progress.stage(steps.get(i).name(), 0);
            }
            try {
                step.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + steps.get(i).name(), e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Waits for the steps to end even when interrupted (then the interrupt is kept for the caller). */
    @Override
    public void close() {
        pool.shutdown();
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
