package org.guidepost.render;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs an action on every item on every core and returns only once every action has ended. A parallel stream's
 * {@code forEach} rethrows the first failure while other items are still being written, so a failed build could remove
 * its staging folder under a writer's feet; here a failure is rethrown (the first in list order) after all have ended.
 */
public final class AllInParallel {

    private AllInParallel() {
    }

    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        List<Throwable> failures = items.parallelStream().map(item -> {
            try {
                action.accept(item);
                return (Throwable) null;
            } catch (RuntimeException | Error failure) {
                return failure;
            }
        }).toList();
        failures.stream().filter(Objects::nonNull).findFirst().ifPresent(AllInParallel::rethrow);
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) failure;
    }
}
