package io.inventoryledger.projections.candidates;

import java.util.Arrays;

/** A growable list of ints without boxing, for the engine's per-query scratch data. */
final class IntList {
    private int[] items = new int[4];
    private int size;

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    int get(int index) {
        return items[index];
    }

    int size() {
        return size;
    }

    boolean contains(int value) {
        return indexOf(value) >= 0;
    }

    int indexOf(int value) {
        for (int i = 0; i < size; i++) {
            if (items[i] == value) {
                return i;
            }
        }
        return -1;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
