package io.inventoryledger.projections.provider;

import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads a provider's traits and aggregates. */
public class ProviderTopologyQueries extends ReadModelJdbc {
    public ProviderTopologyQueries(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
    }

    /** The provider's traits, sorted. */
    public List<String> traits(UUID provider) {
        return jdbc.queryForList(
                "SELECT trait FROM " + tables.of("provider_traits") + " WHERE provider_uuid = ? ORDER BY trait",
                String.class,
                provider);
    }

    /** The provider's aggregates, in the order they were last set. */
    public List<UUID> aggregates(UUID provider) {
        return jdbc.queryForList(
                "SELECT aggregate_uuid FROM " + tables.of("provider_aggregates")
                        + " WHERE provider_uuid = ? ORDER BY position",
                UUID.class,
                provider);
    }
}
