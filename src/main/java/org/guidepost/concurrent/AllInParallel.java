package org.guidepost.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs an action on every item on every core and returns only once every action has ended: one thread per core (the
 * caller's among them), each taking the next item as soon as it is done with one, so the cores stay busy to the end. A
 * parallel stream cuts a list into a few large pieces up front (four on 2 cores: one core idled for seconds at the end of
 * a 10,000-article load) and its {@code forEach} rethrows the first failure while other items are still being written,
 * so a failed build could remove its staging folder under a writer's feet; here a failure is rethrown (the first in list
 * order) after all have ended.
 */
public final class AllInParallel {

    private AllInParallel() {
    }

    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        map(items, item -> {
            action.accept(item);
            return null;
        });
    }

    /** The function's result for every item, in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        Object[] results = new Object[items.size()];
        Throwable[] failures = new Throwable[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                try {
                    results[i] = function.apply(items.get(i));
                } catch (RuntimeException | Error failure) {
                    failures[i] = failure;
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        for (int n = 1; n < threads; n++) {
            Thread helper = new Thread(work, "guidepost-worker-" + n);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        work.run();
        joinAll(helpers);
        for (Throwable failure : failures) {
            if (failure != null) {
                rethrow(failure);
            }
        }
        List<R> list = new ArrayList<>(results.length);
        for (Object result : results) {
            @SuppressWarnings("unchecked") // each was returned by the function
            R value = (R) result;
            list.add(value);
        }
        return list;
    }

    /** Waits for every thread to end, even when interrupted meanwhile (the interrupt is kept for the caller). */
    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) failure;
    }
}
