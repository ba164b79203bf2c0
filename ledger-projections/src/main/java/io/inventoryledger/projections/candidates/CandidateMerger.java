package io.inventoryledger.projections.candidates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the groups' pieces tree by tree: every choice of one piece per group with the same anchor,
 * kept when it respects group_policy=isolate, same_subtree, the consolidated capacity and (before
 * 1.29) one provider per tree. Combinations are generated lazily, one tree after another in turn
 * (breadth-first), so a bounded answer covers as many trees as possible and memory stays
 * proportional to the answer, never to the product of the groups.
 */
final class CandidateMerger {
    private final ProviderWorld world;
    private final List<ResolvedGroup> groups;
    private final boolean isolate;
    private final int[][] sameSubtrees;
    private final boolean oneProviderPerTree;

    CandidateMerger(
            ProviderWorld world,
            List<ResolvedGroup> groups,
            boolean isolate,
            int[][] sameSubtrees,
            boolean oneProviderPerTree) {
        this.world = world;
        this.groups = groups;
        this.isolate = isolate;
        this.sameSubtrees = sameSubtrees;
        this.oneProviderPerTree = oneProviderPerTree;
    }

    /** Result of a merge: the kept combinations and whether the search stopped at a bound. */
    record Merged(List<Combination> combinations, boolean exhausted) {}

    /**
     * @param anchors the roots to try, in order; a tree's pieces are searched only when the merge reaches it, so a
     *                query with a limit looks at as few trees as it needs
     */
    Merged merge(GroupSearch search, int[] anchors, int wanted, long maxCombinations) {
        Set<Combination> kept = new LinkedHashSet<>();
        long[] examined = {0};
        // First wave: one candidate per tree, opening trees only as long as more are wanted.
        List<Odometer> active = new ArrayList<>();
        int opened = 0;
        while (opened < anchors.length && kept.size() < wanted && examined[0] < maxCombinations) {
            Odometer odometer = odometer(search, anchors[opened++]);
            if (odometer != null && takeOne(odometer, kept, examined, maxCombinations)) {
                active.add(odometer);
            }
        }
        // Later waves: one more from each tree that has more, in turn.
        while (!active.isEmpty() && kept.size() < wanted && examined[0] < maxCombinations) {
            List<Odometer> next = new ArrayList<>(active.size());
            for (Odometer odometer : active) {
                if (kept.size() >= wanted
                        || examined[0] >= maxCombinations
                        || takeOne(odometer, kept, examined, maxCombinations)) {
                    next.add(odometer);
                }
            }
            active = next;
        }
        boolean exhausted = opened == anchors.length && active.isEmpty();
        return new Merged(new ArrayList<>(kept), exhausted);
    }

    /** Advances to the next acceptable new combination; returns whether the tree may have more. */
    private boolean takeOne(Odometer odometer, Set<Combination> kept, long[] examined, long maxCombinations) {
        while (odometer.hasNext() && examined[0] < maxCombinations) {
            examined[0]++;
            Combination combination = accept(odometer.next());
            if (combination != null && kept.add(combination)) {
                break;
            }
        }
        return odometer.hasNext();
    }

    private Odometer odometer(GroupSearch search, int anchor) {
        List<List<Piece>> lists = new ArrayList<>(groups.size());
        for (ResolvedGroup group : groups) {
            List<Piece> pieces = search.piecesAt(group, anchor);
            if (pieces.isEmpty()) {
                return null;
            }
            lists.add(pieces);
        }
        return new Odometer(lists);
    }

    private Combination accept(Piece[] chosen) {
        if (isolate && !isolated(chosen)) {
            return null;
        }
        for (int[] subtree : sameSubtrees) {
            if (!sharesSubtree(chosen, subtree)) {
                return null;
            }
        }
        Combination combination = Combination.of(chosen);
        for (int i = 0; i < combination.providers.length; i++) {
            Stock stock = world.node(combination.providers[i]).stock(combination.classIds[i]);
            if (!stock.fitsConsolidated(combination.amounts[i])) {
                return null;
            }
        }
        if (oneProviderPerTree && !oneProviderPerTree(combination)) {
            return null;
        }
        return combination;
    }

    /** Granular groups on pairwise different providers. */
    private boolean isolated(Piece[] chosen) {
        for (int i = 0; i < chosen.length; i++) {
            if (!groups.get(i).granular()) {
                continue;
            }
            for (int j = i + 1; j < chosen.length; j++) {
                if (groups.get(j).granular()
                        && chosen[i].mapped()[0] == chosen[j].mapped()[0]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One of the providers of these groups is an ancestor (or itself) of all the others. */
    private boolean sharesSubtree(Piece[] chosen, int[] groupIndexes) {
        IntList providers = new IntList();
        for (int g : groupIndexes) {
            for (int p : chosen[g].mapped()) {
                if (!providers.contains(p)) {
                    providers.add(p);
                }
            }
        }
        for (int i = 0; i < providers.size(); i++) {
            int top = providers.get(i);
            boolean coversAll = true;
            for (int j = 0; j < providers.size() && coversAll; j++) {
                coversAll = world.isAncestorOrSelf(top, providers.get(j));
            }
            if (coversAll) {
                return true;
            }
        }
        return false;
    }

    /** Before 1.29 a candidate may not take resources from two providers of one tree. */
    private boolean oneProviderPerTree(Combination combination) {
        IntList providers = new IntList();
        IntList roots = new IntList();
        for (int p : combination.providers) {
            if (!providers.contains(p)) {
                providers.add(p);
                int root = world.node(p).root;
                if (roots.contains(root)) {
                    return false;
                }
                roots.add(root);
            }
        }
        return true;
    }

    /** The lazy cartesian product of one tree's piece lists. */
    private static final class Odometer {
        private final List<List<Piece>> lists;
        private final int[] position;
        private boolean done;

        Odometer(List<List<Piece>> lists) {
            this.lists = lists;
            this.position = new int[lists.size()];
        }

        boolean hasNext() {
            return !done;
        }

        Piece[] next() {
            Piece[] chosen = new Piece[lists.size()];
            for (int i = 0; i < chosen.length; i++) {
                chosen[i] = lists.get(i).get(position[i]);
            }
            int i = position.length - 1;
            while (i >= 0 && ++position[i] == lists.get(i).size()) {
                position[i--] = 0;
            }
            done = i < 0;
            return chosen;
        }
    }
}
