package io.inventoryledger.projections.candidates;

/**
 * Bounds of the candidate engine.
 *
 * @param maxCandidates    most allocation requests one query may produce (Placement's
 *                         {@code max_allocation_candidates}); wide nested trees with many groups
 *                         otherwise multiply into hundreds of thousands (Placement bug 2070257)
 * @param maxCombinations  most group combinations one query may examine, so that a query whose
 *                         combinations are nearly all rejected (isolate, capacity) still ends quickly
 * @param randomize        shuffle the trees before choosing (Placement's
 *                         {@code randomize_allocation_candidates}), so that a limited answer is a sample
 */
public record EngineSettings(int maxCandidates, long maxCombinations, boolean randomize) {

    public EngineSettings {
        if (maxCandidates < 1 || maxCombinations < 1) {
            throw new IllegalArgumentException("bounds must be positive");
        }
    }

    /** 10,000 candidates (Nova asks for 1,000 by default), 10 million combinations, no shuffling. */
    public static EngineSettings defaults() {
        return new EngineSettings(10_000, 10_000_000L, false);
    }

    public static EngineSettings unbounded() {
        return new EngineSettings(Integer.MAX_VALUE, Long.MAX_VALUE, false);
    }
}
