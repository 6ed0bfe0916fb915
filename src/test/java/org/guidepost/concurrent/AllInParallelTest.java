package org.guidepost.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class AllInParallelTest {

    @Test
    void aFailureIsRethrownOnlyAfterEveryOtherItemEnded() {
        List<Integer> items = IntStream.range(0, 64).boxed().toList();
        AtomicInteger ended = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> AllInParallel.forEach(items, item -> {
            if (item == 0 || item == 40) {
                throw new IllegalStateException("item " + item);
            }
            pause();
            ended.incrementAndGet();
        }));
        assertEquals(62, ended.get(), "every other item had ended when the failure came out");
        assertEquals("item 0", thrown.getMessage(), "the first failure in list order");
    }

    @Test
    void everyItemIsDoneOnce() {
        AtomicInteger sum = new AtomicInteger();
        AllInParallel.forEach(IntStream.rangeClosed(1, 100).boxed().toList(), sum::addAndGet);
        assertEquals(5050, sum.get());
    }

    @Test
    void resultsComeInTheItemsOrderFromSeveralThreads() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> squares = AllInParallel.map(IntStream.range(0, 200).boxed().toList(), item -> {
            threads.add(Thread.currentThread().getName());
            pause();
            return item * item;
        });
        assertEquals(IntStream.range(0, 200).map(i -> i * i).boxed().toList(), squares);
        assertEquals(Math.min(200, Runtime.getRuntime().availableProcessors()), threads.size(), "one thread per core, the caller's among them");
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
