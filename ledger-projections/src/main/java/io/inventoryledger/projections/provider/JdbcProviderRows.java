package io.inventoryledger.projections.provider;

import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.projections.schema.Databases;
import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.schema.UnitOfWorkBatch;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link ProviderRows} over SQL: the live tables, or a rebuild's schema. */
public class JdbcProviderRows extends ReadModelJdbc implements ProviderRows {
    private static final int ROWS_PER_STATEMENT = 1000;

    private final boolean postgres;
    /** The name of the running batch's advances of these providers' generations. */
    private final String advances;

    public JdbcProviderRows(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
        this.postgres = Databases.isPostgres(jdbc);
        this.advances = "advances/" + tables.of("resource_providers");
    }

    /**
     * On PostgreSQL, within a processor's batch: kept with the batch's other advances and written with them in one
     * statement when the batch commits (a group commit moves many providers' generations).
     */
    @Override
    public void advanceLater(UUID provider, long sequence, Instant time) {
        UnitOfWorkBatch<Advance> batch = postgres ? UnitOfWorkBatch.current(advances, this::writeAdvances) : null;
        if (batch == null) {
            advance(provider, sequence, time);
        } else {
            batch.add(new Advance(provider, sequence, time));
        }
    }

    private record Advance(UUID provider, long sequence, Instant time) {}

    /** Each provider's latest advance, in uuid order; as {@link #advance}, only a higher generation applies. */
    private void writeAdvances(List<Advance> all) {
        Map<UUID, Advance> latest = new TreeMap<>(Comparator.comparing(UUID::toString));
        all.forEach(a -> latest.merge(a.provider(), a, (x, y) -> y.sequence() > x.sequence() ? y : x));
        List<Advance> rows = List.copyOf(latest.values());
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Advance> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            jdbc.update(
                    "UPDATE " + tables.of("resource_providers") + " AS r SET generation = v.generation,"
                            + " updated_at = v.updated_at FROM (VALUES "
                            + String.join(
                                    ", ", Collections.nCopies(chunk.size(), "(?::uuid, ?::bigint, ?::timestamptz)"))
                            + ") AS v (uuid, generation, updated_at) WHERE r.uuid = v.uuid AND r.generation < v.generation",
                    chunk.stream()
                            .flatMap(a -> Stream.of(a.provider(), a.sequence(), EventTimes.of(a.time())))
                            .toArray());
        }
    }

    @Override
    public int lastIncarnation(UUID provider) {
        UnitOfWorkBatch.writeNow(advances);
        List<Integer> found = jdbc.queryForList(
                "SELECT incarnation FROM " + tables.of("provider_incarnations") + " WHERE uuid = ?",
                Integer.class,
                provider);
        return found.isEmpty() ? 0 : found.get(0);
    }

    @Override
    public void recordIncarnation(UUID provider, int incarnation) {
        UnitOfWorkBatch.writeNow(advances);
        if (jdbc.update(
                        "UPDATE " + tables.of("provider_incarnations") + " SET incarnation = ? WHERE uuid = ?",
                        incarnation,
                        provider)
                == 0) {
            jdbc.update(
                    "INSERT INTO " + tables.of("provider_incarnations") + " (uuid, incarnation) VALUES (?, ?)",
                    provider,
                    incarnation);
        }
    }

    @Override
    public UUID rootOf(UUID provider) {
        UnitOfWorkBatch.writeNow(advances);
        List<UUID> roots = jdbc.queryForList(
                "SELECT root_uuid FROM " + tables.of("resource_providers") + " WHERE uuid = ?", UUID.class, provider);
        return roots.isEmpty() ? provider : roots.get(0);
    }

    @Override
    public void insert(NewProvider v) {
        UnitOfWorkBatch.writeNow(advances);
        var at = EventTimes.of(v.time());
        jdbc.update(
                "INSERT INTO " + tables.of("resource_providers")
                        + " (uuid, stream_id, incarnation, name, generation, parent_uuid, root_uuid, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.provider(),
                v.streamId(),
                v.incarnation(),
                v.name(),
                v.generation(),
                v.parent(),
                v.root(),
                at,
                at);
    }

    @Override
    public boolean advance(UUID provider, long sequence, Instant time) {
        UnitOfWorkBatch.writeNow(advances);
        return jdbc.update(
                        "UPDATE " + tables.of("resource_providers")
                                + " SET generation = ?, updated_at = ? WHERE uuid = ? AND generation < ?",
                        sequence,
                        EventTimes.of(time),
                        provider,
                        sequence)
                > 0;
    }

    @Override
    public boolean touch(UUID provider, int incarnation, Instant time) {
        UnitOfWorkBatch.writeNow(advances);
        return jdbc.update(
                        "UPDATE " + tables.of("resource_providers") + " SET updated_at = ?"
                                + " WHERE uuid = ? AND incarnation = ?",
                        EventTimes.of(time),
                        provider,
                        incarnation)
                > 0;
    }

    @Override
    public boolean updateProfile(
            UUID provider, int incarnation, String name, UUID parent, UUID root, Instant time, long version) {
        UnitOfWorkBatch.writeNow(advances);
        return jdbc.update(
                        "UPDATE " + tables.of("resource_providers")
                                + " SET name = ?, parent_uuid = ?, root_uuid = ?, updated_at = ?, profile_version = ?"
                                + " WHERE uuid = ? AND incarnation = ? AND profile_version < ?",
                        name,
                        parent,
                        root,
                        EventTimes.of(time),
                        version,
                        provider,
                        incarnation,
                        version)
                > 0;
    }

    @Override
    public List<UUID> childrenOf(UUID parent) {
        UnitOfWorkBatch.writeNow(advances);
        return jdbc.queryForList(
                "SELECT uuid FROM " + tables.of("resource_providers") + " WHERE parent_uuid = ?", UUID.class, parent);
    }

    @Override
    public void setRoot(UUID provider, UUID root) {
        UnitOfWorkBatch.writeNow(advances);
        jdbc.update("UPDATE " + tables.of("resource_providers") + " SET root_uuid = ? WHERE uuid = ?", root, provider);
    }

    @Override
    public void delete(UUID provider) {
        UnitOfWorkBatch.writeNow(advances);
        jdbc.update("DELETE FROM " + tables.of("resource_providers") + " WHERE uuid = ?", provider);
    }

    @Override
    public void deleteInventories(UUID provider) {
        UnitOfWorkBatch.writeNow(advances);
        jdbc.update("DELETE FROM " + tables.of("inventories") + " WHERE provider_uuid = ?", provider);
    }

    @Override
    public void insertInventory(UUID provider, String resourceClass, Inventory inv) {
        UnitOfWorkBatch.writeNow(advances);
        jdbc.update(
                "INSERT INTO " + tables.of("inventories") + " (provider_uuid, resource_class, total, reserved,"
                        + " min_unit, max_unit, step_size, allocation_ratio) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                provider,
                resourceClass,
                inv.total(),
                inv.reserved(),
                inv.minUnit(),
                inv.maxUnit(),
                inv.stepSize(),
                inv.allocationRatio());
    }

    @Override
    public void updateInventory(UUID provider, String resourceClass, Inventory inv) {
        UnitOfWorkBatch.writeNow(advances);
        jdbc.update(
                "UPDATE " + tables.of("inventories") + " SET total = ?, reserved = ?, min_unit = ?,"
                        + " max_unit = ?, step_size = ?, allocation_ratio = ?"
                        + " WHERE provider_uuid = ? AND resource_class = ?",
                inv.total(),
                inv.reserved(),
                inv.minUnit(),
                inv.maxUnit(),
                inv.stepSize(),
                inv.allocationRatio(),
                provider,
                resourceClass);
    }

    @Override
    public void deleteInventory(UUID provider, String resourceClass) {
        UnitOfWorkBatch.writeNow(advances);
        jdbc.update(
                "DELETE FROM " + tables.of("inventories") + " WHERE provider_uuid = ? AND resource_class = ?",
                provider,
                resourceClass);
    }
}
