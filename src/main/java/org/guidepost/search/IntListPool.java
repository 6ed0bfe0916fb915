package org.guidepost.search;

import java.util.Arrays;

/**
 * Many append-only int lists in shared blocks, as Lucene's indexing chain keeps its postings: each list is a chain of
 * slices that grow with it, and the last int of a full slice holds where the next one starts. Appending to thousands of
 * lists in turn then touches the few block headers and each list's tail, instead of one array per list that is copied
 * whenever it grows. A list's header is four ints the caller keeps in an array of its own, so that it can sit beside the
 * caller's other data about the list (one cache line for both).
 */
final class IntListPool {

    /** Ints a list's header takes in the caller's array. */
    static final int HEADER = 4;
    private static final int FIRST = 0;
    private static final int WRITE_AT = 1;
    private static final int SLICE_END = 2;
    private static final int SIZE = 3;

    private static final int BLOCK_BITS = 16;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final int BLOCK_MASK = BLOCK_SIZE - 1;
    private static final int MIN_SLICE_VALUES = 3;
    private static final int MAX_SLICE_VALUES = 1023;

    private int[][] blocks = new int[8][];
    /** The address of the first unused int; no slice crosses a block's end. */
    private int top;

    /** Starts an empty list whose header is {@code header[at, at + HEADER)}. */
    void start(int[] header, int at) {
        int first = allocate(MIN_SLICE_VALUES + 1);
        header[at + FIRST] = first;
        header[at + WRITE_AT] = first;
        header[at + SLICE_END] = first + MIN_SLICE_VALUES;
        header[at + SIZE] = 0;
    }

    /** Appends the value to the list; returns the address it is stored at (see {@link #increment}). */
    int append(int[] header, int at, int value) {
        int address = header[at + WRITE_AT];
        if (address == header[at + SLICE_END]) {
            int values = sliceValues(header[at + SIZE]);
            int next = allocate(values + 1);
            set(address, next);
            address = next;
            header[at + SLICE_END] = next + values;
        }
        set(address, value);
        header[at + WRITE_AT] = address + 1;
        header[at + SIZE]++;
        return address;
    }

    /** Adds one to the value stored at the address. */
    void increment(int address) {
        blocks[address >>> BLOCK_BITS][address & BLOCK_MASK]++;
    }

    /** The number of values in the list. */
    static int size(int[] header, int at) {
        return header[at + SIZE];
    }

    /** The list's values in order, in an array of their own. */
    int[] toArray(int[] header, int at) {
        int size = header[at + SIZE];
        int[] values = new int[size];
        int address = header[at + FIRST];
        int sliceEnd = address + MIN_SLICE_VALUES;
        for (int i = 0; i < size; i++) {
            if (address == sliceEnd) {
                address = get(address);
                sliceEnd = address + sliceValues(i);
            }
            values[i] = get(address++);
        }
        return values;
    }

    /** How many values the slice after the first {@code written} ones holds: as many again, within bounds. */
    private static int sliceValues(int written) {
        return Math.max(MIN_SLICE_VALUES, Math.min(MAX_SLICE_VALUES, written));
    }

    private int allocate(int length) {
        if ((top & BLOCK_MASK) + length > BLOCK_SIZE) {
            top = (top | BLOCK_MASK) + 1;
        }
        int block = top >>> BLOCK_BITS;
        if (block == blocks.length) {
            blocks = Arrays.copyOf(blocks, block * 2);
        }
        if (blocks[block] == null) {
            blocks[block] = new int[BLOCK_SIZE];
        }
        int address = top;
        top += length;
        return address;
    }

    private int get(int address) {
        return blocks[address >>> BLOCK_BITS][address & BLOCK_MASK];
    }

    private void set(int address, int value) {
        blocks[address >>> BLOCK_BITS][address & BLOCK_MASK] = value;
    }
}
