package io.inventoryledger.projections.provider;

import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.projections.rebuild.MemoryTables;
import io.inventoryledger.projections.schema.EventTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@link ProviderRows} in memory, for a bulk rebuild: the same operations on maps, then dumped as rows. */
public final class MemoryProviderRows implements ProviderRows, MemoryTables {
    private static final class Row {
        String streamId;
        int incarnation;
        String name;
        long generation;
        UUID parent;
        UUID root;
        Instant createdAt;
        Instant updatedAt;
        long profileVersion = -1;
    }

    private final Map<UUID, Row> providers = new HashMap<>();
    /** parent uuid → child uuids: what the parent_uuid index answers in SQL. */
    private final Map<UUID, Set<UUID>> children = new HashMap<>();

    private final Map<UUID, Integer> incarnations = new HashMap<>();
    private final Map<UUID, Map<String, Inventory>> inventories = new HashMap<>();

    @Override
    public int lastIncarnation(UUID provider) {
        return incarnations.getOrDefault(provider, 0);
    }

    @Override
    public void recordIncarnation(UUID provider, int incarnation) {
        incarnations.put(provider, incarnation);
    }

    @Override
    public UUID rootOf(UUID provider) {
        Row row = providers.get(provider);
        return row == null ? provider : row.root;
    }

    @Override
    public void insert(NewProvider v) {
        Row row = new Row();
        row.streamId = v.streamId();
        row.incarnation = v.incarnation();
        row.name = v.name();
        row.generation = v.generation();
        row.parent = v.parent();
        row.root = v.root();
        row.createdAt = EventTimes.stored(v.time());
        row.updatedAt = row.createdAt;
        unlink(v.provider(), providers.put(v.provider(), row));
        link(v.provider(), v.parent());
    }

    @Override
    public boolean advance(UUID provider, long sequence, Instant time) {
        Row row = providers.get(provider);
        if (row == null || row.generation >= sequence) {
            return false;
        }
        row.generation = sequence;
        row.updatedAt = EventTimes.stored(time);
        return true;
    }

    @Override
    public boolean touch(UUID provider, int incarnation, Instant time) {
        Row row = providers.get(provider);
        if (row == null || row.incarnation != incarnation) {
            return false;
        }
        row.updatedAt = EventTimes.stored(time);
        return true;
    }

    @Override
    public boolean updateProfile(
            UUID provider, int incarnation, String name, UUID parent, UUID root, Instant time, long version) {
        Row row = providers.get(provider);
        if (row == null || row.incarnation != incarnation || row.profileVersion >= version) {
            return false;
        }
        unlink(provider, row);
        row.name = name;
        row.parent = parent;
        row.root = root;
        row.updatedAt = EventTimes.stored(time);
        row.profileVersion = version;
        link(provider, parent);
        return true;
    }

    @Override
    public List<UUID> childrenOf(UUID parent) {
        return List.copyOf(children.getOrDefault(parent, Set.of()));
    }

    @Override
    public void setRoot(UUID provider, UUID root) {
        Row row = providers.get(provider);
        if (row != null) {
            row.root = root;
        }
    }

    @Override
    public void delete(UUID provider) {
        unlink(provider, providers.remove(provider));
    }

    @Override
    public void deleteInventories(UUID provider) {
        inventories.remove(provider);
    }

    @Override
    public void insertInventory(UUID provider, String resourceClass, Inventory inventory) {
        inventories.computeIfAbsent(provider, p -> new HashMap<>()).put(resourceClass, inventory);
    }

    @Override
    public void updateInventory(UUID provider, String resourceClass, Inventory inventory) {
        Map<String, Inventory> rows = inventories.get(provider);
        if (rows != null) {
            rows.computeIfPresent(resourceClass, (rc, old) -> inventory);
        }
    }

    @Override
    public void deleteInventory(UUID provider, String resourceClass) {
        Map<String, Inventory> rows = inventories.get(provider);
        if (rows != null) {
            rows.remove(resourceClass);
            if (rows.isEmpty()) {
                inventories.remove(provider);
            }
        }
    }

    private void link(UUID provider, UUID parent) {
        if (parent != null) {
            children.computeIfAbsent(parent, p -> new LinkedHashSet<>()).add(provider);
        }
    }

    private void unlink(UUID provider, Row old) {
        if (old != null && old.parent != null) {
            Set<UUID> siblings = children.get(old.parent);
            if (siblings != null) {
                siblings.remove(provider);
            }
        }
    }

    @Override
    public void dumpTo(Sink sink) {
        List<Object[]> rows = new ArrayList<>(providers.size());
        providers.forEach((uuid, p) -> rows.add(new Object[] {
            uuid,
            p.streamId,
            p.incarnation,
            p.name,
            p.generation,
            p.parent,
            p.root,
            p.createdAt,
            p.updatedAt,
            p.profileVersion
        }));
        sink.table(
                "resource_providers",
                List.of(
                        "uuid",
                        "stream_id",
                        "incarnation",
                        "name",
                        "generation",
                        "parent_uuid",
                        "root_uuid",
                        "created_at",
                        "updated_at",
                        "profile_version"),
                rows);
        List<Object[]> lastIncarnations = new ArrayList<>(incarnations.size());
        incarnations.forEach((uuid, incarnation) -> lastIncarnations.add(new Object[] {uuid, incarnation}));
        sink.table("provider_incarnations", List.of("uuid", "incarnation"), lastIncarnations);
        List<Object[]> inventoryRows = new ArrayList<>();
        inventories.forEach((provider, byClass) -> byClass.forEach((rc, inv) -> inventoryRows.add(new Object[] {
            provider,
            rc,
            inv.total(),
            inv.reserved(),
            inv.minUnit(),
            inv.maxUnit(),
            inv.stepSize(),
            inv.allocationRatio()
        })));
        sink.table(
                "inventories",
                List.of(
                        "provider_uuid",
                        "resource_class",
                        "total",
                        "reserved",
                        "min_unit",
                        "max_unit",
                        "step_size",
                        "allocation_ratio"),
                inventoryRows);
    }
}
