package io.inventoryledger.projections.provider;

import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link ProviderRows} over SQL: the live tables, or a rebuild's schema. */
public class JdbcProviderRows implements ProviderRows {
    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    public JdbcProviderRows(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @Override
    public int lastIncarnation(UUID provider) {
        List<Integer> found = jdbc.queryForList(
                "SELECT incarnation FROM " + tables.of("provider_incarnations") + " WHERE uuid = ?",
                Integer.class,
                provider);
        return found.isEmpty() ? 0 : found.get(0);
    }

    @Override
    public void recordIncarnation(UUID provider, int incarnation) {
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
        List<UUID> roots = jdbc.queryForList(
                "SELECT root_uuid FROM " + tables.of("resource_providers") + " WHERE uuid = ?", UUID.class, provider);
        return roots.isEmpty() ? provider : roots.get(0);
    }

    @Override
    public void insert(NewProvider v) {
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
        return jdbc.queryForList(
                "SELECT uuid FROM " + tables.of("resource_providers") + " WHERE parent_uuid = ?", UUID.class, parent);
    }

    @Override
    public void setRoot(UUID provider, UUID root) {
        jdbc.update("UPDATE " + tables.of("resource_providers") + " SET root_uuid = ? WHERE uuid = ?", root, provider);
    }

    @Override
    public void delete(UUID provider) {
        jdbc.update("DELETE FROM " + tables.of("resource_providers") + " WHERE uuid = ?", provider);
    }

    @Override
    public void deleteInventories(UUID provider) {
        jdbc.update("DELETE FROM " + tables.of("inventories") + " WHERE provider_uuid = ?", provider);
    }

    @Override
    public void insertInventory(UUID provider, String resourceClass, Inventory inv) {
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
        jdbc.update(
                "DELETE FROM " + tables.of("inventories") + " WHERE provider_uuid = ? AND resource_class = ?",
                provider,
                resourceClass);
    }
}
