package io.inventoryledger.projections.candidates;

import java.util.Arrays;

/**
 * One piece per request group, consolidated: amounts of the same class on the same provider are
 * added up. Equality ignores the anchor (as Placement's set of allocation requests does).
 */
final class Combination {
    final Piece[] pieces;
    final int[] providers;
    final int[] classIds;
    final long[] amounts;
    private final int hash;

    private Combination(Piece[] pieces, int[] providers, int[] classIds, long[] amounts) {
        this.pieces = pieces;
        this.providers = providers;
        this.classIds = classIds;
        this.amounts = amounts;
        this.hash = 31 * (31 * Arrays.hashCode(providers) + Arrays.hashCode(classIds))
                + Arrays.hashCode(amounts)
                + Arrays.deepHashCode(mappings());
    }

    static Combination of(Piece[] chosen) {
        int entries = 0;
        for (Piece piece : chosen) {
            entries += piece.providers().length;
        }
        long[] keys = new long[entries];
        long[] amounts = new long[entries];
        int n = 0;
        for (Piece piece : chosen) {
            for (int i = 0; i < piece.providers().length; i++) {
                long key = ((long) piece.providers()[i] << 32) | piece.classIds()[i];
                int at = indexOf(keys, n, key);
                if (at >= 0) {
                    amounts[at] += piece.amounts()[i];
                } else {
                    keys[n] = key;
                    amounts[n++] = piece.amounts()[i];
                }
            }
        }
        // Insertion sort by (provider, class): a candidate has a handful of entries.
        for (int i = 1; i < n; i++) {
            long key = keys[i];
            long amount = amounts[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key) {
                keys[j + 1] = keys[j];
                amounts[j + 1] = amounts[j];
                j--;
            }
            keys[j + 1] = key;
            amounts[j + 1] = amount;
        }
        int[] providers = new int[n];
        int[] classIds = new int[n];
        long[] sums = Arrays.copyOf(amounts, n);
        for (int i = 0; i < n; i++) {
            providers[i] = (int) (keys[i] >>> 32);
            classIds[i] = (int) keys[i];
        }
        return new Combination(chosen.clone(), providers, classIds, sums);
    }

    private static int indexOf(long[] keys, int n, long key) {
        for (int i = 0; i < n; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    private int[][] mappings() {
        int[][] out = new int[pieces.length][];
        for (int i = 0; i < pieces.length; i++) {
            out[i] = pieces[i].mapped();
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Combination that
                && hash == that.hash
                && Arrays.equals(providers, that.providers)
                && Arrays.equals(classIds, that.classIds)
                && Arrays.equals(amounts, that.amounts)
                && Arrays.deepEquals(mappings(), that.mappings());
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
