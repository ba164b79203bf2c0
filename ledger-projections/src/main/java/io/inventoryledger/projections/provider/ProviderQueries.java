package io.inventoryledger.projections.provider;

import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.core.provider.ProviderAddress;
import io.inventoryledger.core.provider.ProviderAddresses;
import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads over the provider tables; also core's {@link ProviderAddresses} port. */
public class ProviderQueries extends ReadModelJdbc implements ProviderAddresses {
    private static final String COLUMNS =
            "uuid, stream_id, incarnation, name, generation, parent_uuid, root_uuid, created_at, updated_at";
    private static final RowMapper<ProviderRow> PROVIDER = (rs, i) -> new ProviderRow(
            rs.getObject("uuid", UUID.class),
            rs.getString("stream_id"),
            rs.getInt("incarnation"),
            rs.getString("name"),
            rs.getLong("generation"),
            rs.getObject("parent_uuid", UUID.class),
            rs.getObject("root_uuid", UUID.class),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant());
    private static final RowMapper<InventoryRow> INVENTORY = (rs, i) -> new InventoryRow(
            rs.getString("resource_class"),
            new Inventory(
                    rs.getLong("total"),
                    rs.getLong("reserved"),
                    rs.getLong("min_unit"),
                    rs.getLong("max_unit"),
                    rs.getLong("step_size"),
                    rs.getDouble("allocation_ratio")));

    public ProviderQueries(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
    }

    public Optional<ProviderRow> find(UUID uuid) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM " + tables.of("resource_providers") + " WHERE uuid = ?",
                        PROVIDER,
                        uuid)
                .stream()
                .findFirst();
    }

    /** Providers matching every given filter (null = no filter), in creation order. */
    public List<ProviderRow> list(String name, UUID uuid) {
        return list(ProviderCriteria.byNameAndUuid(name, uuid));
    }

    /** Providers matching all the criteria, in creation order. */
    public List<ProviderRow> list(ProviderCriteria criteria) {
        ProviderListSql sql = ProviderListSql.build(tables, "rp.*", criteria);
        return jdbc.query(sql.text(), PROVIDER, sql.args());
    }

    public List<InventoryRow> inventories(UUID provider) {
        return jdbc.query(
                "SELECT * FROM " + tables.of("inventories") + " WHERE provider_uuid = ?" + " ORDER BY resource_class",
                INVENTORY,
                provider);
    }

    /** The last incarnation a uuid has had, 0 when it was never used. */
    @Override
    public Optional<ProviderAddress> current(UUID provider) {
        return find(provider).map(ProviderRow::address);
    }

    @Override
    public int nextIncarnation(UUID provider) {
        return lastIncarnation(provider) + 1;
    }

    public int lastIncarnation(UUID uuid) {
        List<Integer> found = jdbc.queryForList(
                "SELECT incarnation FROM " + tables.of("provider_incarnations") + " WHERE uuid = ?",
                Integer.class,
                uuid);
        return found.isEmpty() ? 0 : found.get(0);
    }
}
