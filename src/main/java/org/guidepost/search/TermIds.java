package org.guidepost.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Numbers distinct terms in order of first occurrence; looks terms up straight from an analyzer's buffer. An
 * open-addressing table of its own: Lucene's CharArrayMap took 7 % of a large build's CPU in lookups (boxed values, weak
 * hash spreading).
 */
final class TermIds {

    private final List<String> terms = new ArrayList<>();
    private char[][] keys = new char[1 << 12][];
    /**
     * Per slot: the hash of the term there in the high half and its id plus one in the low half, 0 for an empty slot
     * (one memory read finds both: on a large site's vocabulary every lookup is a cache miss). Never more than half full.
     */
    private long[] slots = new long[1 << 13];

    /** The id of the term in {@code buffer[0, length)}, numbering it when new. */
    int idOf(char[] buffer, int length) {
        int hash = hash(buffer, length);
        int slot = slotOf(buffer, length, hash);
        if (slots[slot] != 0) {
            return (int) slots[slot] - 1;
        }
        int id = terms.size();
        if (id == keys.length) {
            keys = Arrays.copyOf(keys, id * 2);
        }
        keys[id] = Arrays.copyOf(buffer, length);
        terms.add(new String(buffer, 0, length));
        slots[slot] = entry(hash, id);
        if (2 * terms.size() > slots.length) {
            rehash();
        }
        return id;
    }

    /** The id of the term, numbering it when new. */
    int idOf(String term) {
        return idOf(term.toCharArray(), term.length());
    }

    boolean contains(String term) {
        char[] chars = term.toCharArray();
        return slots[slotOf(chars, chars.length, hash(chars, chars.length))] != 0;
    }

    /** Every id, ordered by its term. */
    int[] inTermOrder() {
        return IntStream.range(0, terms.size()).boxed().sorted(Comparator.comparing(terms::get)).mapToInt(Integer::intValue).toArray();
    }

    String term(int id) {
        return terms.get(id);
    }

    int size() {
        return terms.size();
    }

    /** The slot holding the term, or the empty slot where it belongs (linear probing). */
    private int slotOf(char[] buffer, int length, int hash) {
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0 || (int) (entry >>> 32) == hash && sameChars(keys[(int) entry - 1], buffer, length)) {
                return slot;
            }
        }
    }

    private static long entry(int hash, int id) {
        return (long) hash << 32 | (id + 1);
    }

    private static boolean sameChars(char[] key, char[] buffer, int length) {
        // a plain loop: terms are short, and under C1 Arrays.equals's range checks and calls cost more than the chars
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != buffer[i]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }

    /** String's hash of the chars, with its high bits mixed into the low ones the table's mask keeps. */
    private static int hash(char[] buffer, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + buffer[i];
        }
        hash *= 0x9E3779B9;
        return hash ^ (hash >>> 16);
    }
}
