package io.inventoryledger.projections.candidates;

import java.util.Arrays;
import java.util.UUID;

/**
 * One provider in a {@link ProviderWorld}: immutable, addressed by a dense int id. Resource
 * classes, traits and aggregates are sorted int ids (binary search; a provider has few of each).
 */
final class ProviderNode {
    static final int NONE = -1;
    private static final int[] NO_IDS = new int[0];
    private static final Stock[] NO_STOCKS = new Stock[0];

    final int id;
    final UUID uuid;
    final int parent;
    final int root;
    final int[] children;
    final int[] classIds;
    final Stock[] stocks;
    final int[] traits;
    final int[] aggregates;
    /**
     * This node's provider summary, built on first use: a node is immutable (any change makes a new node), and the
     * names and ids it refers to never change within the worlds that share it, so every query can reuse it.
     */
    volatile ProviderSummary summary;

    ProviderNode(
            int id,
            UUID uuid,
            int parent,
            int root,
            int[] children,
            int[] classIds,
            Stock[] stocks,
            int[] traits,
            int[] aggregates) {
        this.id = id;
        this.uuid = uuid;
        this.parent = parent;
        this.root = root;
        this.children = children;
        this.classIds = classIds;
        this.stocks = stocks;
        this.traits = traits;
        this.aggregates = aggregates;
    }

    static ProviderNode created(int id, UUID uuid, int parent, int root) {
        return new ProviderNode(id, uuid, parent, root, NO_IDS, NO_IDS, NO_STOCKS, NO_IDS, NO_IDS);
    }

    /** The stock of a class, or null. */
    Stock stock(int classId) {
        int at = Arrays.binarySearch(classIds, classId);
        return at < 0 ? null : stocks[at];
    }

    boolean hasInventory(int classId) {
        Stock stock = stock(classId);
        return stock != null && stock.hasInventory();
    }

    boolean hasTrait(int traitId) {
        return Arrays.binarySearch(traits, traitId) >= 0;
    }

    boolean inAggregate(int aggregateId) {
        return Arrays.binarySearch(aggregates, aggregateId) >= 0;
    }

    boolean isRoot() {
        return parent == NONE;
    }

    ProviderNode withTree(int newParent, int newRoot) {
        return new ProviderNode(id, uuid, newParent, newRoot, children, classIds, stocks, traits, aggregates);
    }

    ProviderNode withChildren(int[] newChildren) {
        return new ProviderNode(id, uuid, parent, root, newChildren, classIds, stocks, traits, aggregates);
    }

    ProviderNode withStock(int classId, Stock stock) {
        int at = Arrays.binarySearch(classIds, classId);
        if (at >= 0 && stock == null) {
            int[] ids = new int[classIds.length - 1];
            Stock[] st = new Stock[stocks.length - 1];
            System.arraycopy(classIds, 0, ids, 0, at);
            System.arraycopy(classIds, at + 1, ids, at, ids.length - at);
            System.arraycopy(stocks, 0, st, 0, at);
            System.arraycopy(stocks, at + 1, st, at, st.length - at);
            return new ProviderNode(id, uuid, parent, root, children, ids, st, traits, aggregates);
        }
        if (at >= 0) {
            Stock[] st = stocks.clone();
            st[at] = stock;
            return new ProviderNode(id, uuid, parent, root, children, classIds, st, traits, aggregates);
        }
        if (stock == null) {
            return this;
        }
        int insert = -at - 1;
        int[] ids = new int[classIds.length + 1];
        Stock[] st = new Stock[stocks.length + 1];
        System.arraycopy(classIds, 0, ids, 0, insert);
        System.arraycopy(stocks, 0, st, 0, insert);
        ids[insert] = classId;
        st[insert] = stock;
        System.arraycopy(classIds, insert, ids, insert + 1, classIds.length - insert);
        System.arraycopy(stocks, insert, st, insert + 1, stocks.length - insert);
        return new ProviderNode(id, uuid, parent, root, children, ids, st, traits, aggregates);
    }

    ProviderNode withStocks(int[] sortedClassIds, Stock[] newStocks) {
        return new ProviderNode(id, uuid, parent, root, children, sortedClassIds, newStocks, traits, aggregates);
    }

    ProviderNode withTraits(int[] sortedTraits) {
        return new ProviderNode(id, uuid, parent, root, children, classIds, stocks, sortedTraits, aggregates);
    }

    ProviderNode withAggregates(int[] sortedAggregates) {
        return new ProviderNode(id, uuid, parent, root, children, classIds, stocks, traits, sortedAggregates);
    }
}
