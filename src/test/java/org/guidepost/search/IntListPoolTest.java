package org.guidepost.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntListPoolTest {

    @Test
    void interleavedListsKeepTheirValuesInOrder() {
        IntListPool pool = new IntListPool();
        int lists = 300;
        int[] headers = new int[lists * IntListPool.HEADER];
        List<List<Integer>> expected = new ArrayList<>();
        for (int list = 0; list < lists; list++) {
            pool.start(headers, list * IntListPool.HEADER);
            expected.add(new ArrayList<>());
        }
        Random random = new Random(7);
        // skewed like a vocabulary: a few lists get most values, so some chains span many slices and blocks
        for (int i = 0; i < 400_000; i++) {
            int list = (int) (lists * Math.pow(random.nextDouble(), 4));
            int value = random.nextInt();
            pool.append(headers, list * IntListPool.HEADER, value);
            expected.get(list).add(value);
        }
        for (int list = 0; list < lists; list++) {
            int at = list * IntListPool.HEADER;
            assertEquals(expected.get(list).size(), IntListPool.size(headers, at));
            assertArrayEquals(expected.get(list).stream().mapToInt(Integer::intValue).toArray(), pool.toArray(headers, at), "list " + list);
        }
    }

    @Test
    void anAppendedValueCanBeIncrementedWhereItIsStored() {
        IntListPool pool = new IntListPool();
        int[] headers = new int[2 * IntListPool.HEADER];
        pool.start(headers, 0);
        pool.start(headers, IntListPool.HEADER);
        int[] expected = new int[40];
        for (int i = 0; i < expected.length; i++) {
            int address = pool.append(headers, 0, i);
            pool.append(headers, IntListPool.HEADER, -i);
            for (int times = 0; times < i % 3; times++) {
                pool.increment(address);
            }
            expected[i] = i + i % 3;
        }
        assertArrayEquals(expected, pool.toArray(headers, 0));
    }
}
