package io.inventoryledger.projections.processor;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where an asynchronous processor stands, as its token stored with its last batch says: every event up to
 * {@code index} except the {@code gaps} (indexes it passed while they were not committed) has been applied, in the
 * same transaction that stored the token. {@code index} -1: nothing yet.
 */
public record ProcessorPosition(long index, SortedSet<Long> gaps) {
    public static final ProcessorPosition NOTHING = new ProcessorPosition(-1, new TreeSet<>());

    public ProcessorPosition {
        gaps = new TreeSet<>(gaps);
    }

    public static ProcessorPosition of(long index, Set<Long> gaps) {
        return new ProcessorPosition(index, new TreeSet<>(gaps));
    }

    /** Whether the event at {@code globalIndex} is among those applied (committed ones only). */
    public boolean covers(long globalIndex) {
        return globalIndex <= index && !gaps.contains(globalIndex);
    }

    /** The slower of two positions (the segments of one processor): the lower index, every gap of either. */
    public ProcessorPosition lowerBound(ProcessorPosition other) {
        TreeSet<Long> all = new TreeSet<>(gaps);
        all.addAll(other.gaps);
        long lower = Math.min(index, other.index);
        all.removeIf(g -> g > lower);
        return new ProcessorPosition(lower, all);
    }
}
