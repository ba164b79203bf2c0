package io.inventoryledger.projections.candidates;

import java.util.Arrays;
import java.util.BitSet;
import java.util.TreeMap;

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
        // class id -> {largest single free amount, total free}; a tree has a handful of classes
        TreeMap<Integer, long[]> free = new TreeMap<>();
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
                if (stock.hasInventory()) {
                    long[] sums = free.computeIfAbsent(node.classIds[i], c -> new long[2]);
                    long left = Math.max(0, stock.capacity() - stock.used());
                    sums[0] = Math.max(sums[0], Math.min(left, stock.inventory().maxUnit()));
                    sums[1] += left;
                }
            }
        }
        int[] classIds = free.keySet().stream().mapToInt(Integer::intValue).toArray();
        long[] largest = free.values().stream().mapToLong(sums -> sums[0]).toArray();
        long[] total = free.values().stream().mapToLong(sums -> sums[1]).toArray();
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
}
