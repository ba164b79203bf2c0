package io.inventoryledger.projections.candidates;

/**
 * What one query cost the engine, for the metrics and for finding where the time goes.
 *
 * @param treesVisited         trees (roots) the search reached
 * @param treesSkipped         of those, skipped by their {@link TreeCapacity} without looking at their members
 * @param treesOpened          trees whose groups were searched
 * @param pieces               ways to satisfy one group in one tree found in the opened trees
 * @param combinationsExamined choices of one piece per group checked (isolate, same_subtree, capacity)
 * @param combinationsKept     distinct candidates kept
 */
public record SearchStats(
        long treesVisited,
        long treesSkipped,
        long treesOpened,
        long pieces,
        long combinationsExamined,
        long combinationsKept) {

    public static final SearchStats NONE = new SearchStats(0, 0, 0, 0, 0, 0);
}
