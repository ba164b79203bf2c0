package io.inventoryledger.projections.candidates;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds, for one request group, every way to satisfy it, keyed by the root of the tree it would
 * belong to (the anchor). Mirrors Placement 8.0.0: a granular group takes one provider (a sharing
 * provider may anchor in every tree it shares with); the unnumbered group may spread its classes
 * over one tree plus sharing providers, and must then have the required traits collectively.
 */
final class GroupSearch {
    private final ProviderWorld world;
    private final BitSet anchorRoots;
    private final int maxPiecesPerAnchor;

    /** @param anchorRoots roots allowed by root_required, or null when any root will do */
    GroupSearch(ProviderWorld world, BitSet anchorRoots, int maxPiecesPerAnchor) {
        this.world = world;
        this.anchorRoots = anchorRoots;
        this.maxPiecesPerAnchor = maxPiecesPerAnchor;
    }

    /** Pieces by anchor id (null where there are none); null when the group cannot be satisfied. */
    List<Piece>[] piecesByAnchor(ResolvedGroup group) {
        if (group.unsatisfiable) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Piece>[] byAnchor = new List[world.slots()];
        boolean any;
        if (!group.granular()) {
            any = spread(group, byAnchor);
        } else if (group.resourceless()) {
            any = resourceless(group, byAnchor);
        } else {
            any = single(group, byAnchor);
        }
        return any ? byAnchor : null;
    }

    private boolean single(ResolvedGroup group, List<Piece>[] byAnchor) {
        int[] scan = smallestClassIndex(group);
        boolean any = false;
        for (int p : scan) {
            ProviderNode node = world.node(p);
            if ((group.inTreeRoot == ProviderNode.NONE || node.root == group.inTreeRoot)
                    && group.fitsAll(node) && group.traitsMatch(node)
                    && group.inRequiredAggregates(node) && !group.inForbiddenAggregate(node)) {
                any |= addSingle(node, group, byAnchor);
            }
        }
        return any;
    }

    /** Placement ignores in_treeN on a resourceless group and needs a positive trait or aggregate filter. */
    private boolean resourceless(ResolvedGroup group, List<Piece>[] byAnchor) {
        BitSet scan = new BitSet();
        if (group.requiredAny.length > 0) {
            for (int trait : group.requiredAny[0]) {
                scan.or(world.providersWithTrait(trait));
            }
        } else if (group.memberOf.length > 0) {
            for (int aggregate : group.memberOf[0]) {
                scan.or(world.providersInAggregate(aggregate));
            }
        } else {
            return false;
        }
        boolean any = false;
        for (int p = scan.nextSetBit(0); p >= 0; p = scan.nextSetBit(p + 1)) {
            ProviderNode node = world.node(p);
            if (group.traitsMatch(node) && group.inRequiredAggregates(node) && !group.inForbiddenAggregate(node)) {
                any |= addSingle(node, group, byAnchor);
            }
        }
        return any;
    }

    private boolean addSingle(ProviderNode node, ResolvedGroup group, List<Piece>[] byAnchor) {
        boolean any = false;
        if (anchorAllowed(node.root)) {
            add(byAnchor, Piece.single(node.root, node.id, group));
            any = true;
        }
        if (world.isSharing(node)) {
            for (int anchor : world.anchorsOf(node)) {
                if (anchor != node.root && anchorAllowed(anchor)) {
                    add(byAnchor, Piece.single(anchor, node.id, group));
                    any = true;
                }
            }
        }
        return any;
    }

    /** The unnumbered group: per class, which providers of (or shared with) each tree can serve it. */
    private boolean spread(ResolvedGroup group, List<Piece>[] byAnchor) {
        int classes = group.classIds.length;
        int[] complete = new int[world.slots()];
        IntList[][] servers = new IntList[classes][];
        for (int i = 0; i < classes; i++) {
            servers[i] = new IntList[world.slots()];
            long amount = group.amounts[i];
            for (int p : world.providersWithClass(group.classIds[i])) {
                ProviderNode node = world.node(p);
                if (group.inTreeRoot != ProviderNode.NONE && node.root != group.inTreeRoot) {
                    continue;
                }
                if (node.stock(group.classIds[i]).fits(amount) && !group.hasForbiddenTrait(node)) {
                    offer(group, i, node, node.root, servers, complete);
                    if (group.inTreeRoot == ProviderNode.NONE && world.isSharing(node)
                            && group.inRequiredAggregates(node)) {
                        for (int anchor : world.anchorsOf(node)) {
                            if (anchor != node.root) {
                                offer(group, i, node, anchor, servers, complete);
                            }
                        }
                    }
                }
            }
        }
        boolean any = false;
        for (int anchor = 0; anchor < complete.length; anchor++) {
            if (complete[anchor] == classes) {
                any |= combine(group, anchor, servers, byAnchor);
            }
        }
        return any;
    }

    private void offer(ResolvedGroup group, int classIndex, ProviderNode node, int anchor, IntList[][] servers,
                       int[] complete) {
        if (complete[anchor] < classIndex || !anchorAllowed(anchor)) {
            return;
        }
        ProviderNode root = world.node(anchor);
        if (group.memberOf.length > 0 && !group.inRequiredAggregates(node) && !group.inRequiredAggregates(root)) {
            return;
        }
        if (group.forbiddenAggregates.length > 0
                && (group.inForbiddenAggregate(node) || group.inForbiddenAggregate(root))) {
            return;
        }
        IntList list = servers[classIndex][anchor];
        if (list == null) {
            list = new IntList();
            servers[classIndex][anchor] = list;
        }
        if (!list.contains(node.id)) {
            list.add(node.id);
        }
        complete[anchor] = classIndex + 1;
    }

    /** Every choice of one server per class in this tree whose providers together have the required traits. */
    private boolean combine(ResolvedGroup group, int anchor, IntList[][] servers, List<Piece>[] byAnchor) {
        int classes = group.classIds.length;
        int[] choice = new int[classes];
        int made = 0;
        while (made < maxPiecesPerAnchor) {
            int[] providers = new int[classes];
            for (int i = 0; i < classes; i++) {
                providers[i] = servers[i][anchor].get(choice[i]);
            }
            if (collectivelyHasTraits(group, providers)) {
                add(byAnchor, new Piece(anchor, providers, group.classIds, group.amounts, distinct(providers)));
                made++;
            }
            int i = classes - 1;
            while (i >= 0 && ++choice[i] == servers[i][anchor].size()) {
                choice[i--] = 0;
            }
            if (i < 0) {
                break;
            }
        }
        return made > 0;
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

    private int[] smallestClassIndex(ResolvedGroup group) {
        int[] best = null;
        for (int classId : group.classIds) {
            int[] providers = world.providersWithClass(classId);
            if (best == null || providers.length < best.length) {
                best = providers;
            }
        }
        return best;
    }

    private boolean anchorAllowed(int root) {
        return anchorRoots == null || anchorRoots.get(root);
    }

    private static void add(List<Piece>[] byAnchor, Piece piece) {
        List<Piece> list = byAnchor[piece.anchor()];
        if (list == null) {
            list = new ArrayList<>(2);
            byAnchor[piece.anchor()] = list;
        }
        list.add(piece);
    }

    /** The distinct providers, sorted (a handful at most: no streams on this hot path). */
    private static int[] distinct(int[] providers) {
        int[] out = providers.clone();
        java.util.Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[n++] = out[i];
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
