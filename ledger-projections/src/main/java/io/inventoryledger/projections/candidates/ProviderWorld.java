package io.inventoryledger.projections.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable snapshot of every provider the candidate engine can choose from: trees, inventories
 * with usage, traits and aggregates, plus the indexes a query needs (providers by resource class,
 * trait and aggregate). Safe to share between any number of concurrent queries.
 *
 * <p>Changes never mutate a snapshot: {@link #edit()} returns an editor whose {@code apply()} builds
 * the next snapshot, copying only what changed (the touched provider records and the index entries
 * of the classes, traits and aggregates they gained or lost); everything else is shared. Publish the
 * new snapshot through a volatile reference and readers move over without locks.
 */
public final class ProviderWorld {
    static final String SHARING_TRAIT = "MISC_SHARES_VIA_AGGREGATE";
    private static final int[] NO_IDS = new int[0];

    /** A world without providers. */
    public static final ProviderWorld EMPTY = new ProviderWorld(
            new ProviderNode[0],
            Map.of(),
            NameIndex.EMPTY,
            NameIndex.EMPTY,
            NameIndex.EMPTY,
            new int[0][],
            new BitSet[0],
            new BitSet[0],
            new TreeCapacity[0],
            0,
            0,
            null,
            null);

    final ProviderNode[] nodes;
    final Map<UUID, Integer> idByUuid;
    final NameIndex classes;
    final NameIndex traits;
    final NameIndex aggregates;
    final int[][] byClass;
    final BitSet[] byTrait;
    final BitSet[] byAggregate;
    /** Per root of a tree of more than one provider, what the tree can offer (null elsewhere). */
    final TreeCapacity[] trees;

    final int nonRootCount;
    final int providerCount;
    /**
     * Memoised per snapshot (racy but idempotent: any thread may compute them), and handed on to the next snapshot
     * when an edit leaves them as they are: a claim changes usage only, and recomputing them over every provider
     * after each claim cost a 100,000-provider world more than the query itself.
     */
    private final Map<Integer, int[]> sharingAnchors;

    private volatile int[] roots;
    private volatile int[][] sharersByAnchor;
    /** Looked up once per snapshot: asked for every provider a query scans. */
    private final int sharingTraitId;

    ProviderWorld(
            ProviderNode[] nodes,
            Map<UUID, Integer> idByUuid,
            NameIndex classes,
            NameIndex traits,
            NameIndex aggregates,
            int[][] byClass,
            BitSet[] byTrait,
            BitSet[] byAggregate,
            TreeCapacity[] trees,
            int nonRootCount,
            int providerCount,
            ProviderWorld sameRoots,
            ProviderWorld sameSharing) {
        this.nodes = nodes;
        this.idByUuid = idByUuid;
        this.classes = classes;
        this.traits = traits;
        this.aggregates = aggregates;
        this.byClass = byClass;
        this.byTrait = byTrait;
        this.byAggregate = byAggregate;
        this.trees = trees;
        this.nonRootCount = nonRootCount;
        this.providerCount = providerCount;
        this.sharingTraitId = traits.id(SHARING_TRAIT);
        this.roots = sameRoots == null ? null : sameRoots.roots;
        if (sameSharing == null) {
            this.sharingAnchors = new ConcurrentHashMap<>();
        } else {
            this.sharingAnchors = sameSharing.sharingAnchors;
            this.sharersByAnchor = sameSharing.sharersByAnchor;
        }
    }

    /** A builder for a fresh world, e.g. loaded from the read-model tables. */
    public static ProviderWorldEditor builder() {
        return EMPTY.edit();
    }

    /** An editor that derives the next snapshot from this one. */
    public ProviderWorldEditor edit() {
        return new ProviderWorldEditor(this);
    }

    public int providerCount() {
        return providerCount;
    }

    public boolean contains(UUID provider) {
        return idByUuid.containsKey(provider);
    }

    /** The parent of a provider (null for a root), or null when the world does not know it. */
    public UUID parentOf(UUID provider) {
        Integer id = idByUuid.get(provider);
        if (id == null || nodes[id].parent == ProviderNode.NONE) {
            return null;
        }
        return nodes[nodes[id].parent].uuid;
    }

    /** The direct children of a provider (empty when it has none or is unknown). */
    public List<UUID> childrenOf(UUID provider) {
        Integer id = idByUuid.get(provider);
        if (id == null) {
            return List.of();
        }
        List<UUID> out = new ArrayList<>(nodes[id].children.length);
        for (int child : nodes[id].children) {
            out.add(nodes[child].uuid);
        }
        return out;
    }

    /** Slots held by deleted providers: a rebuild from the read tables gives them back. */
    public int tombstones() {
        return nodes.length - providerCount;
    }

    /** Whether any provider has a parent: Placement then answers nested-aware only from 1.29. */
    public boolean hasTrees() {
        return nonRootCount > 0;
    }

    int slots() {
        return nodes.length;
    }

    ProviderNode node(int id) {
        return nodes[id];
    }

    int idOf(UUID uuid) {
        Integer id = idByUuid.get(uuid);
        return id == null ? ProviderNode.NONE : id;
    }

    int[] providersWithClass(int classId) {
        return classId >= 0 && classId < byClass.length && byClass[classId] != null ? byClass[classId] : NO_IDS;
    }

    BitSet providersWithTrait(int traitId) {
        return traitId >= 0 && traitId < byTrait.length && byTrait[traitId] != null ? byTrait[traitId] : new BitSet();
    }

    BitSet providersInAggregate(int aggregateId) {
        return aggregateId >= 0 && aggregateId < byAggregate.length && byAggregate[aggregateId] != null
                ? byAggregate[aggregateId]
                : new BitSet();
    }

    boolean isSharing(ProviderNode node) {
        return sharingTraitId >= 0 && node.hasTrait(sharingTraitId);
    }

    /**
     * The roots of every tree that holds a provider sharing an aggregate with {@code provider} (its own
     * root included when it is in any aggregate): the trees a sharing provider can serve. Computed once
     * per provider and snapshot.
     */
    int[] anchorsOf(ProviderNode provider) {
        return sharingAnchors.computeIfAbsent(provider.id, id -> {
            BitSet roots = new BitSet();
            for (int aggregate : provider.aggregates) {
                BitSet members = providersInAggregate(aggregate);
                for (int p = members.nextSetBit(0); p >= 0; p = members.nextSetBit(p + 1)) {
                    roots.set(nodes[p].root);
                }
            }
            return roots.stream().toArray();
        });
    }

    /** Every root provider, in id order. */
    int[] roots() {
        int[] known = roots;
        if (known == null) {
            IntList out = new IntList();
            for (ProviderNode node : nodes) {
                if (node != null && node.isRoot()) {
                    out.add(node.id);
                }
            }
            known = out.toArray();
            roots = known;
        }
        return known;
    }

    /**
     * The sharing providers of other trees that can serve the tree rooted at {@code anchor} (sorted ids; empty for
     * almost every tree): the inverse of {@link #anchorsOf}, so a query can look at one tree at a time.
     */
    int[] sharersAt(int anchor) {
        int[][] known = sharersByAnchor;
        if (known == null) {
            IntList[] lists = new IntList[nodes.length];
            BitSet sharing = providersWithTrait(sharingTraitId);
            for (int s = sharing.nextSetBit(0); s >= 0; s = sharing.nextSetBit(s + 1)) {
                ProviderNode node = nodes[s];
                for (int root : anchorsOf(node)) {
                    if (root != node.root) {
                        if (lists[root] == null) {
                            lists[root] = new IntList();
                        }
                        lists[root].add(s);
                    }
                }
            }
            known = new int[nodes.length][];
            for (int i = 0; i < lists.length; i++) {
                known[i] = lists[i] == null ? NO_IDS : lists[i].toArray();
            }
            sharersByAnchor = known;
        }
        return known[anchor];
    }

    /** What the tree rooted at {@code root} can offer, or null for a tree of one provider. */
    TreeCapacity tree(int root) {
        return root < trees.length ? trees[root] : null;
    }

    /** Whether {@code ancestor} is {@code provider} or one of its ancestors. */
    boolean isAncestorOrSelf(int ancestor, int provider) {
        for (int p = provider; p != ProviderNode.NONE; p = nodes[p].parent) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Every provider of the tree rooted at {@code root}, root first. */
    int[] treeOf(int root) {
        return treeOf(nodes, root);
    }

    static int[] treeOf(ProviderNode[] nodes, int root) {
        int[] out = new int[8];
        int size = 0;
        int[] stack = {root};
        int top = 1;
        while (top > 0) {
            int p = stack[--top];
            if (size == out.length) {
                out = Arrays.copyOf(out, size * 2);
            }
            out[size++] = p;
            int[] children = nodes[p].children;
            if (top + children.length > stack.length) {
                stack = Arrays.copyOf(stack, Math.max(stack.length * 2, top + children.length));
            }
            for (int i = children.length - 1; i >= 0; i--) {
                stack[top++] = children[i];
            }
        }
        return Arrays.copyOf(out, size);
    }
}
