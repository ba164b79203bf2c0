package io.inventoryledger.projections.candidates;

import java.util.Arrays;
import java.util.BitSet;

/**
 * What a whole tree (of more than one provider) can offer, so that a query skips a tree that cannot serve a group
 * without looking at its members: per resource class the largest single amount one member can still take
 * ({@code min(max_unit, capacity - used)}) and the free amount of all members together; the union of the members'
 * traits and aggregates; and the members themselves, sorted by id. Necessary conditions only: a tree that passes is
 * searched as before. Immutable; rebuilt by the editor for every tree a change touches.
 */
final class TreeCapacity {
    final int[] members;
    private final int[] classIds;
    private final long[] largestFree;
    private final long[] totalFree;
    private final BitSet traits;
    private final BitSet aggregates;

    private TreeCapacity(
            int[] members, int[] classIds, long[] largestFree, long[] totalFree, BitSet traits, BitSet aggregates) {
        this.members = members;
        this.classIds = classIds;
        this.largestFree = largestFree;
        this.totalFree = totalFree;
        this.traits = traits;
        this.aggregates = aggregates;
    }

    static TreeCapacity of(ProviderNode[] nodes, int[] members) {
        int[] sorted = members.clone();
        Arrays.sort(sorted);
        int[] classIds = new int[0];
        long[] largest = new long[0];
        long[] total = new long[0];
        BitSet traits = new BitSet();
        BitSet aggregates = new BitSet();
        for (int p : sorted) {
            ProviderNode node = nodes[p];
            for (int trait : node.traits) {
                traits.set(trait);
            }
            for (int aggregate : node.aggregates) {
                aggregates.set(aggregate);
            }
            for (int i = 0; i < node.classIds.length; i++) {
                Stock stock = node.stocks[i];
                if (!stock.hasInventory()) {
                    continue;
                }
                int at = Arrays.binarySearch(classIds, node.classIds[i]);
                if (at < 0) {
                    at = -at - 1;
                    classIds = insert(classIds, at, node.classIds[i]);
                    largest = insert(largest, at, 0);
                    total = insert(total, at, 0);
                }
                long free = Math.max(0, stock.capacity() - stock.used());
                largest[at] =
                        Math.max(largest[at], Math.min(free, stock.inventory().maxUnit()));
                total[at] += free;
            }
        }
        return new TreeCapacity(sorted, classIds, largest, total, traits, aggregates);
    }

    /** Whether some member may take {@code amount} of the class at once. */
    boolean mayTake(int classId, long amount) {
        int at = Arrays.binarySearch(classIds, classId);
        return at >= 0 && largestFree[at] >= amount;
    }

    /** Whether the members together have {@code amount} of the class free. */
    boolean mayTakeInAll(int classId, long amount) {
        int at = Arrays.binarySearch(classIds, classId);
        return at >= 0 && totalFree[at] >= amount;
    }

    /** Whether some member has one of these traits. */
    boolean hasAnyTrait(int[] any) {
        for (int trait : any) {
            if (traits.get(trait)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some member is in one of these aggregates. */
    boolean inAnyAggregate(int[] any) {
        for (int aggregate : any) {
            if (aggregates.get(aggregate)) {
                return true;
            }
        }
        return false;
    }

    private static int[] insert(int[] values, int at, int value) {
        int[] out = new int[values.length + 1];
        System.arraycopy(values, 0, out, 0, at);
        out[at] = value;
        System.arraycopy(values, at, out, at + 1, values.length - at);
        return out;
    }

    private static long[] insert(long[] values, int at, long value) {
        long[] out = new long[values.length + 1];
        System.arraycopy(values, 0, out, 0, at);
        out[at] = value;
        System.arraycopy(values, at, out, at + 1, values.length - at);
        return out;
    }
}
