package io.inventoryledger.projections.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds, for one request group and one tree (its root is the anchor), every way to satisfy the group there.
 * Mirrors Placement 8.0.0: a granular group takes one provider (a sharing provider of another tree may serve it
 * too); the unnumbered group may spread its classes over the tree plus sharing providers, and must then have the
 * required traits collectively.
 *
 * <p>One tree at a time, so that a query with {@code limit} looks only at the trees it needs (the merger opens
 * trees until it has enough), and a no-limit query allocates per tree instead of arrays over every provider.
 */
final class GroupSearch {
    private static final List<Piece> NONE = List.of();

    private final ProviderWorld world;
    private final BitSet anchorRoots;
    private final int maxPiecesPerAnchor;

    /** @param anchorRoots roots allowed by root_required, or null when any root will do */
    GroupSearch(ProviderWorld world, BitSet anchorRoots, int maxPiecesPerAnchor) {
        this.world = world;
        this.anchorRoots = anchorRoots;
        this.maxPiecesPerAnchor = maxPiecesPerAnchor;
    }

    boolean anchorAllowed(int root) {
        return anchorRoots == null || anchorRoots.get(root);
    }

    /**
     * Whether the tree of {@code anchor} may serve every group, judged from its {@link TreeCapacity} alone (classes
     * with room for each amount and for the request's total per class, traits and aggregates present): false means
     * no candidate can come from it, so its members need not be looked at. Trees served by sharing providers of
     * other trees, and trees of one provider, are always searched.
     */
    boolean mayServe(List<ResolvedGroup> groups, long[] totals, int[] totalClassIds, int anchor) {
        if (!anchorAllowed(anchor)) {
            return false;
        }
        TreeCapacity tree = world.tree(anchor);
        if (tree == null || world.sharersAt(anchor).length > 0) {
            return true;
        }
        for (ResolvedGroup group : groups) {
            if (group.unsatisfiable) {
                return false;
            }
            if (group.inTreeRoot != ProviderNode.NONE && group.inTreeRoot != anchor && !group.resourceless()) {
                return false;
            }
            for (int i = 0; i < group.classIds.length; i++) {
                if (!tree.mayTake(group.classIds[i], group.amounts[i])) {
                    return false;
                }
            }
            for (int[] any : group.requiredAny) {
                if (!tree.hasAnyTrait(any)) {
                    return false;
                }
            }
            for (int[] any : group.memberOf) {
                if (!tree.inAnyAggregate(any)) {
                    return false;
                }
            }
        }
        for (int i = 0; i < totalClassIds.length; i++) {
            if (!tree.mayTakeInAll(totalClassIds[i], totals[i])) {
                return false;
            }
        }
        return true;
    }

    /** The pieces of {@code group} in the tree of {@code anchor} (empty when there are none). */
    List<Piece> piecesAt(ResolvedGroup group, int anchor) {
        if (group.unsatisfiable || !anchorAllowed(anchor)) {
            return NONE;
        }
        int[] candidates = providersServing(anchor);
        if (!group.granular()) {
            return spread(group, anchor, candidates);
        }
        List<Piece> out = null;
        for (int p : candidates) {
            ProviderNode node = world.node(p);
            if (matchesSingle(group, node)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(Piece.single(anchor, p, group));
            }
        }
        return out == null ? NONE : out;
    }

    /** Tree members and the sharing providers of other trees that serve it, in id order. */
    private int[] providersServing(int anchor) {
        ProviderNode root = world.node(anchor);
        int[] sharers = world.sharersAt(anchor);
        if (root.children.length == 0 && sharers.length == 0) {
            return new int[] {anchor};
        }
        TreeCapacity capacity = world.tree(anchor);
        if (sharers.length == 0 && capacity != null) {
            return capacity.members; // sorted already; shared, never written
        }
        int[] tree = world.treeOf(anchor);
        int[] all = Arrays.copyOf(tree, tree.length + sharers.length);
        System.arraycopy(sharers, 0, all, tree.length, sharers.length);
        Arrays.sort(all);
        return all;
    }

    /**
     * A granular group on one provider: every class fits, its own traits and aggregates match. Placement ignores
     * in_treeN on a resourceless group (which needs a positive trait or aggregate filter instead).
     */
    private boolean matchesSingle(ResolvedGroup group, ProviderNode node) {
        if (group.resourceless()) {
            return (group.requiredAny.length > 0 || group.memberOf.length > 0)
                    && group.traitsMatch(node)
                    && group.inRequiredAggregates(node)
                    && !group.inForbiddenAggregate(node);
        }
        return (group.inTreeRoot == ProviderNode.NONE || node.root == group.inTreeRoot)
                && group.fitsAll(node)
                && group.traitsMatch(node)
                && group.inRequiredAggregates(node)
                && !group.inForbiddenAggregate(node);
    }

    /** The unnumbered group: per class, which providers of (or shared with) this tree can serve it. */
    private List<Piece> spread(ResolvedGroup group, int anchor, int[] candidates) {
        int classes = group.classIds.length;
        ProviderNode root = world.node(anchor);
        IntList[] servers = new IntList[classes];
        for (int i = 0; i < classes; i++) {
            IntList list = null;
            for (int p : candidates) {
                ProviderNode node = world.node(p);
                if (serves(group, i, node, root)) {
                    if (list == null) {
                        list = new IntList();
                    }
                    list.add(p);
                }
            }
            if (list == null) {
                return NONE;
            }
            servers[i] = list;
        }
        return combine(group, anchor, servers);
    }

    private boolean serves(ResolvedGroup group, int classIndex, ProviderNode node, ProviderNode root) {
        Stock stock = node.stock(group.classIds[classIndex]);
        if (stock == null || !stock.fits(group.amounts[classIndex]) || group.hasForbiddenTrait(node)) {
            return false;
        }
        if (node.root == root.id) {
            if (group.inTreeRoot != ProviderNode.NONE && node.root != group.inTreeRoot) {
                return false;
            }
        } else if (group.inTreeRoot != ProviderNode.NONE || !group.inRequiredAggregates(node)) {
            return false; // a sharing provider of another tree
        }
        if (group.memberOf.length > 0 && !group.inRequiredAggregates(node) && !group.inRequiredAggregates(root)) {
            return false;
        }
        return group.forbiddenAggregates.length == 0
                || (!group.inForbiddenAggregate(node) && !group.inForbiddenAggregate(root));
    }

    /** Every choice of one server per class in this tree whose providers together have the required traits. */
    private List<Piece> combine(ResolvedGroup group, int anchor, IntList[] servers) {
        int classes = group.classIds.length;
        int[] choice = new int[classes];
        List<Piece> out = null;
        while (out == null || out.size() < maxPiecesPerAnchor) {
            int[] providers = new int[classes];
            for (int i = 0; i < classes; i++) {
                providers[i] = servers[i].get(choice[i]);
            }
            if (collectivelyHasTraits(group, providers)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(new Piece(anchor, providers, group.classIds, group.amounts, distinct(providers)));
            }
            int i = classes - 1;
            while (i >= 0 && ++choice[i] == servers[i].size()) {
                choice[i--] = 0;
            }
            if (i < 0) {
                break;
            }
        }
        return out == null ? NONE : out;
    }

    private boolean collectivelyHasTraits(ResolvedGroup group, int[] providers) {
        for (int[] any : group.requiredAny) {
            boolean found = false;
            for (int p : providers) {
                if (ResolvedGroup.hasAnyTrait(world.node(p), any)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The distinct providers, sorted (a handful at most: no streams on this hot path). */
    private static int[] distinct(int[] providers) {
        if (providers.length == 1) {
            return providers;
        }
        int[] out = providers.clone();
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[n++] = out[i];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
