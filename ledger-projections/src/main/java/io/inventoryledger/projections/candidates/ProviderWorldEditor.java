package io.inventoryledger.projections.candidates;

import io.inventoryledger.core.provider.Inventory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Collects changes to a {@link ProviderWorld} and builds the next snapshot (copy-on-write): touched
 * providers get new records, and only the index entries they enter or leave are copied. Use it as
 * a builder when loading rows ({@code ProviderWorld.builder()}), or per event batch. Not thread-safe;
 * the snapshots it builds are.
 */
public final class ProviderWorldEditor {
    private final ProviderWorld base;
    private final NameIndex.Growing classes;
    private final NameIndex.Growing traits;
    private final NameIndex.Growing aggregates;
    private ProviderNode[] nodes;
    private int size;
    private Map<UUID, Integer> idByUuid;
    private final BitSet dirty = new BitSet();

    ProviderWorldEditor(ProviderWorld base) {
        this.base = base;
        this.classes = new NameIndex.Growing(base.classes);
        this.traits = new NameIndex.Growing(base.traits);
        this.aggregates = new NameIndex.Growing(base.aggregates);
        this.nodes = base.nodes;
        this.size = base.nodes.length;
    }

    /** Creates a provider, or moves it under another parent (null: make it a root). */
    public ProviderWorldEditor putProvider(UUID uuid, UUID parentUuid) {
        int parent = parentUuid == null ? ProviderNode.NONE : requireId(parentUuid);
        Integer existing = lookup(uuid);
        if (existing == null) {
            int id = size;
            ensureCapacity(id + 1);
            size = id + 1;
            ids().put(uuid, id);
            int root = parent == ProviderNode.NONE ? id : nodes[parent].root;
            set(ProviderNode.created(id, uuid, parent, root));
            if (parent != ProviderNode.NONE) {
                set(nodes[parent].withChildren(withId(nodes[parent].children, id)));
            }
            return this;
        }
        int id = existing;
        ProviderNode node = nodes[id];
        if (node.parent == parent) {
            return this;
        }
        if (parent != ProviderNode.NONE && isInSubtree(parent, id)) {
            throw new IllegalArgumentException("Provider " + parentUuid + " is in the subtree of " + uuid);
        }
        if (node.parent != ProviderNode.NONE) {
            set(nodes[node.parent].withChildren(withoutId(nodes[node.parent].children, id)));
        }
        if (parent != ProviderNode.NONE) {
            set(nodes[parent].withChildren(withId(nodes[parent].children, id)));
        }
        int root = parent == ProviderNode.NONE ? id : nodes[parent].root;
        set(nodes[id].withTree(parent, root));
        rerootChildren(id, root);
        return this;
    }

    /** Removes a provider that has no children (Placement refuses to delete a parent). */
    public ProviderWorldEditor removeProvider(UUID uuid) {
        Integer id = lookup(uuid);
        if (id == null) {
            return this;
        }
        ProviderNode node = nodes[id];
        if (node.children.length > 0) {
            throw new IllegalStateException("Provider " + uuid + " still has children");
        }
        ids().remove(uuid);
        if (node.parent != ProviderNode.NONE) {
            set(nodes[node.parent].withChildren(withoutId(nodes[node.parent].children, id)));
        }
        writable();
        nodes[id] = null;
        dirty.set(id);
        return this;
    }

    /** Sets (adds or replaces) one inventory record, keeping the class's usage. */
    public ProviderWorldEditor setInventory(UUID uuid, String resourceClass, Inventory inventory) {
        ProviderNode node = nodes[requireId(uuid)];
        int classId = classes.idOf(resourceClass);
        Stock stock = node.stock(classId);
        set(node.withStock(classId, stock == null ? new Stock(inventory, 0) : stock.withInventory(inventory)));
        return this;
    }

    /** Removes one inventory record; a usage left behind is kept until it is set to 0. */
    public ProviderWorldEditor removeInventory(UUID uuid, String resourceClass) {
        ProviderNode node = nodes[requireId(uuid)];
        int classId = classes.id(resourceClass);
        Stock stock = classId < 0 ? null : node.stock(classId);
        if (stock != null) {
            set(node.withStock(classId, stock.used() == 0 ? null : stock.withInventory(null)));
        }
        return this;
    }

    /** Replaces all inventories of a provider. */
    public ProviderWorldEditor replaceInventories(UUID uuid, Map<String, Inventory> inventories) {
        ProviderNode node = nodes[requireId(uuid)];
        for (int classId : node.classIds.clone()) {
            String name = classes.name(classId);
            if (!inventories.containsKey(name)) {
                removeInventory(uuid, name);
            }
        }
        inventories.forEach((rc, inventory) -> setInventory(uuid, rc, inventory));
        return this;
    }

    /**
     * Replaces everything a provider holds: its inventories and its usage per class (a usage without
     * inventory is kept, as {@link #removeInventory} keeps it), e.g. after reloading it from the read tables.
     */
    public ProviderWorldEditor replaceStock(UUID uuid, Map<String, Inventory> inventories, Map<String, Long> used) {
        ProviderNode node = nodes[requireId(uuid)];
        java.util.TreeMap<Integer, Stock> stocks = new java.util.TreeMap<>();
        inventories.forEach(
                (rc, inventory) -> stocks.put(classes.idOf(rc), new Stock(inventory, used.getOrDefault(rc, 0L))));
        used.forEach((rc, amount) -> {
            if (amount != 0 && !inventories.containsKey(rc)) {
                stocks.put(classes.idOf(rc), new Stock(null, amount));
            }
        });
        int[] ids = stocks.keySet().stream().mapToInt(Integer::intValue).toArray();
        set(node.withStocks(ids, stocks.values().toArray(new Stock[0])));
        return this;
    }

    /** Sets the total amount allocated from a provider for one class (sum over consumers). */
    public ProviderWorldEditor setUsed(UUID uuid, String resourceClass, long used) {
        ProviderNode node = nodes[requireId(uuid)];
        int classId = classes.idOf(resourceClass);
        Stock stock = node.stock(classId);
        Stock next = stock == null ? new Stock(null, used) : stock.withUsed(used);
        set(node.withStock(classId, next.hasInventory() || used != 0 ? next : null));
        return this;
    }

    /** Adds a (possibly negative) amount to a provider's usage of one class. */
    public ProviderWorldEditor addUsed(UUID uuid, String resourceClass, long delta) {
        ProviderNode node = nodes[requireId(uuid)];
        int classId = classes.id(resourceClass);
        Stock stock = classId < 0 ? null : node.stock(classId);
        return setUsed(uuid, resourceClass, (stock == null ? 0 : stock.used()) + delta);
    }

    public ProviderWorldEditor setTraits(UUID uuid, Collection<String> names) {
        ProviderNode node = nodes[requireId(uuid)];
        set(node.withTraits(sortedIds(names, traits)));
        return this;
    }

    public ProviderWorldEditor setAggregates(UUID uuid, Collection<String> aggregateUuids) {
        ProviderNode node = nodes[requireId(uuid)];
        set(node.withAggregates(sortedIds(aggregateUuids, aggregates)));
        return this;
    }

    /** Builds the next snapshot; the editor must not be used afterwards. */
    public ProviderWorld apply() {
        if (dirty.isEmpty() && nodes == base.nodes) {
            return base;
        }
        NameIndex classIndex = classes.build();
        NameIndex traitIndex = traits.build();
        NameIndex aggregateIndex = aggregates.build();
        IndexDelta classDelta = new IndexDelta();
        IndexDelta traitDelta = new IndexDelta();
        IndexDelta aggregateDelta = new IndexDelta();
        int nonRoots = base.nonRootCount;
        int count = base.providerCount;
        int sharingTrait = traitIndex.id(ProviderWorld.SHARING_TRAIT);
        boolean sameRoots = true;
        boolean sameSharing = true;
        BitSet touchedTrees = new BitSet();
        for (int id = dirty.nextSetBit(0); id >= 0; id = dirty.nextSetBit(id + 1)) {
            ProviderNode before = id < base.nodes.length ? base.nodes[id] : null;
            ProviderNode after = nodes[id];
            nonRoots += (after != null && !after.isRoot() ? 1 : 0) - (before != null && !before.isRoot() ? 1 : 0);
            count += (after != null ? 1 : 0) - (before != null ? 1 : 0);
            classDelta.diff(id, inventoried(before), inventoried(after));
            traitDelta.diff(id, before == null ? null : before.traits, after == null ? null : after.traits);
            aggregateDelta.diff(id, before == null ? null : before.aggregates, after == null ? null : after.aggregates);
            if (before == null || after == null || before.root != after.root) {
                sameRoots = false;
                sameSharing = false;
            } else if (!Arrays.equals(before.aggregates, after.aggregates)
                    || (sharingTrait >= 0 && before.hasTrait(sharingTrait) != after.hasTrait(sharingTrait))) {
                sameSharing = false;
            }
            if (before != null) {
                touchedTrees.set(before.root);
            }
            if (after != null) {
                touchedTrees.set(after.root);
            }
        }
        ProviderNode[] finalNodes = nodes.length == size ? nodes : Arrays.copyOf(nodes, size);
        return new ProviderWorld(
                finalNodes,
                idByUuid == null ? base.idByUuid : Collections.unmodifiableMap(idByUuid),
                classIndex,
                traitIndex,
                aggregateIndex,
                classDelta.applyToArrays(base.byClass, classIndex.size()),
                traitDelta.applyToBitSets(base.byTrait, traitIndex.size()),
                aggregateDelta.applyToBitSets(base.byAggregate, aggregateIndex.size()),
                trees(finalNodes, touchedTrees),
                nonRoots,
                count,
                sameRoots ? base : null,
                sameSharing ? base : null);
    }

    /** The base's tree capacities with those of the touched trees rebuilt (a tree of one provider has none). */
    private TreeCapacity[] trees(ProviderNode[] finalNodes, BitSet touched) {
        TreeCapacity[] out = null;
        for (int root = touched.nextSetBit(0); root >= 0; root = touched.nextSetBit(root + 1)) {
            ProviderNode node = root < finalNodes.length ? finalNodes[root] : null;
            TreeCapacity tree = node != null && node.isRoot() && node.children.length > 0
                    ? TreeCapacity.of(finalNodes, ProviderWorld.treeOf(finalNodes, root))
                    : null;
            TreeCapacity known = root < base.trees.length ? base.trees[root] : null;
            if (tree != known) {
                if (out == null) {
                    out = Arrays.copyOf(base.trees, finalNodes.length);
                }
                out[root] = tree;
            }
        }
        if (out == null) {
            return base.trees.length == finalNodes.length ? base.trees : Arrays.copyOf(base.trees, finalNodes.length);
        }
        return out;
    }

    private static int[] inventoried(ProviderNode node) {
        if (node == null) {
            return null;
        }
        int[] out = new int[node.classIds.length];
        int n = 0;
        for (int i = 0; i < node.classIds.length; i++) {
            if (node.stocks[i].hasInventory()) {
                out[n++] = node.classIds[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private void rerootChildren(int id, int root) {
        for (int child : nodes[id].children) {
            set(nodes[child].withTree(nodes[child].parent, root));
            rerootChildren(child, root);
        }
    }

    private boolean isInSubtree(int candidate, int subtreeRoot) {
        for (int p = candidate; p != ProviderNode.NONE; p = nodes[p].parent) {
            if (p == subtreeRoot) {
                return true;
            }
        }
        return false;
    }

    private Integer lookup(UUID uuid) {
        return (idByUuid != null ? idByUuid : base.idByUuid).get(uuid);
    }

    private int requireId(UUID uuid) {
        Integer id = lookup(uuid);
        if (id == null) {
            throw new IllegalArgumentException("Unknown provider " + uuid);
        }
        return id;
    }

    private Map<UUID, Integer> ids() {
        if (idByUuid == null) {
            idByUuid = new HashMap<>(base.idByUuid);
        }
        return idByUuid;
    }

    private void set(ProviderNode node) {
        writable();
        nodes[node.id] = node;
        dirty.set(node.id);
    }

    private void writable() {
        if (nodes == base.nodes) {
            nodes = Arrays.copyOf(base.nodes, Math.max(size, base.nodes.length));
        }
    }

    private void ensureCapacity(int needed) {
        writable();
        if (nodes.length < needed) {
            nodes = Arrays.copyOf(nodes, Math.max(needed, nodes.length + (nodes.length >> 1) + 16));
        }
    }

    private static int[] sortedIds(Collection<String> names, NameIndex.Growing index) {
        return names.stream().mapToInt(index::idOf).distinct().sorted().toArray();
    }

    private static int[] withId(int[] ids, int id) {
        int[] out = Arrays.copyOf(ids, ids.length + 1);
        out[ids.length] = id;
        Arrays.sort(out);
        return out;
    }

    private static int[] withoutId(int[] ids, int id) {
        return Arrays.stream(ids).filter(x -> x != id).toArray();
    }

    /** Which providers enter and leave each key (class, trait or aggregate) of an index. */
    private static final class IndexDelta {
        private final Map<Integer, List<Integer>> added = new HashMap<>();
        private final Map<Integer, List<Integer>> removed = new HashMap<>();

        void diff(int provider, int[] before, int[] after) {
            int[] b = before == null ? new int[0] : before;
            int[] a = after == null ? new int[0] : after;
            for (int key : a) {
                if (Arrays.binarySearch(b, key) < 0) {
                    added.computeIfAbsent(key, k -> new ArrayList<>()).add(provider);
                }
            }
            for (int key : b) {
                if (Arrays.binarySearch(a, key) < 0) {
                    removed.computeIfAbsent(key, k -> new ArrayList<>()).add(provider);
                }
            }
        }

        int[][] applyToArrays(int[][] old, int keys) {
            int[][] out = Arrays.copyOf(old, keys);
            for (int key : union()) {
                BitSet members = new BitSet();
                if (key < old.length && old[key] != null) {
                    for (int p : old[key]) {
                        members.set(p);
                    }
                }
                removed.getOrDefault(key, List.of()).forEach(members::clear);
                added.getOrDefault(key, List.of()).forEach(members::set);
                out[key] = members.stream().toArray();
            }
            return out;
        }

        BitSet[] applyToBitSets(BitSet[] old, int keys) {
            BitSet[] out = Arrays.copyOf(old, keys);
            for (int key : union()) {
                BitSet members = key < old.length && old[key] != null ? (BitSet) old[key].clone() : new BitSet();
                removed.getOrDefault(key, List.of()).forEach(members::clear);
                added.getOrDefault(key, List.of()).forEach(members::set);
                out[key] = members;
            }
            return out;
        }

        private java.util.Set<Integer> union() {
            java.util.Set<Integer> keys = new java.util.HashSet<>(added.keySet());
            keys.addAll(removed.keySet());
            return keys;
        }
    }
}
