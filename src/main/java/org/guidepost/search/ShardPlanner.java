package org.guidepost.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Cuts the sorted key space into contiguous ranges of about a target size; a shard is named by its first key. */
final class ShardPlanner {

    private ShardPlanner() {
    }

    /** The first key of every shard, ascending; the first is always "" so every key has a shard. */
    static List<String> boundaries(SortedMap<String, Integer> sizeByKey, int targetBytes) {
        List<String> boundaries = new ArrayList<>();
        boundaries.add("");
        int current = 0;
        for (Map.Entry<String, Integer> entry : sizeByKey.entrySet()) {
            if (current > 0 && current + entry.getValue() > targetBytes) {
                boundaries.add(entry.getKey());
                current = 0;
            }
            current += entry.getValue();
        }
        return boundaries;
    }

    /** Index of the shard holding {@code key}: the last boundary not greater than it. */
    static int shardOf(List<String> boundaries, String key) {
        int low = 0;
        int high = boundaries.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (boundaries.get(middle).compareTo(key) <= 0) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
