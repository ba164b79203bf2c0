package io.inventoryledger.projections.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Joins the groups' pieces tree by tree: every choice of one piece per group with the same anchor,
 * kept when it respects group_policy=isolate, same_subtree, the consolidated capacity and (before
 * 1.29) one provider per tree. Combinations are generated lazily, one tree after another in turn
 * (breadth-first), so a bounded answer covers as many trees as possible and memory stays
 * proportional to the answer, never to the product of the groups.
 */
final class CandidateMerger {
    /**
     * Under randomize, a tree whose product of pieces is at most this is enumerated whole and its valid candidates
     * served in random order (a uniform pick within the tree); a larger one (wide trees with many groups, Placement
     * bug 2070257) is walked from a random position of its product instead.
     */
    static final int SHUFFLE_WHOLE_TREE_UP_TO = 4_096;

    private final ProviderWorld world;
    private final List<ResolvedGroup> groups;
    private final boolean isolate;
    private final int[][] sameSubtrees;
    private final boolean oneProviderPerTree;
    private final RandomGenerator random;
    private final int[] totalClassIds;
    private final long[] totals;
    private long examined;
    private long maxCombinations;
    private long visited;
    private long skipped;
    private long opened;
    private long pieces;

    /** @param random shuffles each tree's candidates (randomize), or null for the product's order */
    CandidateMerger(
            ProviderWorld world,
            List<ResolvedGroup> groups,
            boolean isolate,
            int[][] sameSubtrees,
            boolean oneProviderPerTree,
            RandomGenerator random) {
        this.world = world;
        this.groups = groups;
        this.isolate = isolate;
        this.sameSubtrees = sameSubtrees;
        this.oneProviderPerTree = oneProviderPerTree;
        this.random = random;
        IntList classIds = new IntList();
        List<Long> sums = new ArrayList<>();
        for (ResolvedGroup group : groups) {
            for (int i = 0; i < group.classIds.length; i++) {
                int at = classIds.indexOf(group.classIds[i]);
                if (at < 0) {
                    classIds.add(group.classIds[i]);
                    sums.add(group.amounts[i]);
                } else {
                    sums.set(at, sums.get(at) + group.amounts[i]);
                }
            }
        }
        this.totalClassIds = classIds.toArray();
        this.totals = sums.stream().mapToLong(Long::longValue).toArray();
    }

    /** Result of a merge: the kept combinations, whether the search stopped at a bound, and what it cost. */
    record Merged(List<Combination> combinations, boolean exhausted, SearchStats stats) {}

    /**
     * @param anchors the roots to try, in order; a tree's pieces are searched only when the merge reaches it, so a
     *                query with a limit looks at as few trees as it needs
     */
    Merged merge(GroupSearch search, int[] anchors, int wanted, long maxCombinations) {
        this.maxCombinations = maxCombinations;
        Set<Combination> kept = new LinkedHashSet<>();
        // First wave: one candidate per tree, opening trees only as long as more are wanted.
        List<TreeWalk> active = new ArrayList<>();
        int next = 0;
        while (next < anchors.length && kept.size() < wanted && examined < maxCombinations) {
            TreeWalk walk = open(search, anchors[next++]);
            if (walk != null && takeOne(walk, kept)) {
                active.add(walk);
            }
        }
        // Later waves: one more from each tree that has more, in turn.
        while (!active.isEmpty() && kept.size() < wanted && examined < maxCombinations) {
            List<TreeWalk> still = new ArrayList<>(active.size());
            for (TreeWalk walk : active) {
                if (kept.size() >= wanted || examined >= maxCombinations || takeOne(walk, kept)) {
                    still.add(walk);
                }
            }
            active = still;
        }
        boolean exhausted = next == anchors.length && active.isEmpty();
        SearchStats stats = new SearchStats(visited, skipped, opened, pieces, examined, kept.size());
        return new Merged(new ArrayList<>(kept), exhausted, stats);
    }

    /** Advances to the next acceptable new combination; returns whether the tree may have more. */
    private boolean takeOne(TreeWalk walk, Set<Combination> kept) {
        while (walk.hasNext() && examined < maxCombinations) {
            Combination combination = walk.next();
            if (combination != null && kept.add(combination)) {
                break;
            }
        }
        return walk.hasNext();
    }

    private TreeWalk open(GroupSearch search, int anchor) {
        visited++;
        if (!search.mayServe(groups, totals, totalClassIds, anchor)) {
            skipped++;
            return null;
        }
        opened++;
        List<List<Piece>> lists = new ArrayList<>(groups.size());
        long product = 1;
        for (ResolvedGroup group : groups) {
            List<Piece> found = search.piecesAt(group, anchor);
            if (found.isEmpty()) {
                return null;
            }
            pieces += found.size();
            product = Math.min(Long.MAX_VALUE / 2, product * found.size());
            lists.add(found);
        }
        if (random == null) {
            return new ProductWalk(new Odometer(lists, null));
        }
        if (product > SHUFFLE_WHOLE_TREE_UP_TO) {
            return new ProductWalk(new Odometer(lists, random));
        }
        Odometer odometer = new Odometer(lists, null);
        List<Combination> valid = new ArrayList<>();
        while (odometer.hasNext() && examined < maxCombinations) {
            examined++;
            Combination combination = accept(odometer.next());
            if (combination != null) {
                valid.add(combination);
            }
        }
        for (int i = valid.size() - 1; i > 0; i--) {
            Collections.swap(valid, i, random.nextInt(i + 1));
        }
        return new ListWalk(valid);
    }

    /** One tree's candidates, in the order they are offered. */
    private interface TreeWalk {
        boolean hasNext();

        /** The next combination, or null when the next one of the product is rejected. */
        Combination next();
    }

    private final class ProductWalk implements TreeWalk {
        private final Odometer odometer;

        ProductWalk(Odometer odometer) {
            this.odometer = odometer;
        }

        @Override
        public boolean hasNext() {
            return odometer.hasNext();
        }

        @Override
        public Combination next() {
            examined++;
            return accept(odometer.next());
        }
    }

    private static final class ListWalk implements TreeWalk {
        private final List<Combination> combinations;
        private int position;

        ListWalk(List<Combination> combinations) {
            this.combinations = combinations;
        }

        @Override
        public boolean hasNext() {
            return position < combinations.size();
        }

        @Override
        public Combination next() {
            return combinations.get(position++);
        }
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

    /**
     * The lazy cartesian product of one tree's piece lists, from the first position or (given a random source) from a
     * uniformly random one, wrapping around, so that every position comes exactly once.
     */
    private static final class Odometer {
        private final List<List<Piece>> lists;
        private final int[] position;
        private final int[] start;
        private boolean done;

        Odometer(List<List<Piece>> lists, RandomGenerator random) {
            this.lists = lists;
            this.position = new int[lists.size()];
            for (int i = 0; i < position.length && random != null; i++) {
                position[i] = random.nextInt(lists.get(i).size());
            }
            this.start = position.clone();
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
            done = Arrays.equals(position, start);
            return chosen;
        }
    }
}
