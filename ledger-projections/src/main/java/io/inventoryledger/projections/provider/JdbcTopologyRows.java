package io.inventoryledger.projections.provider;

import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link TopologyRows} over SQL. */
public class JdbcTopologyRows extends ReadModelJdbc implements TopologyRows {
    public JdbcTopologyRows(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
    }

    @Override
    public void replaceTraits(UUID provider, Collection<String> traits) {
        jdbc.update("DELETE FROM " + tables.of("provider_traits") + " WHERE provider_uuid = ?", provider);
        traits.stream()
                .sorted()
                .forEach(trait -> jdbc.update(
                        "INSERT INTO " + tables.of("provider_traits") + " (provider_uuid, trait) VALUES (?, ?)",
                        provider,
                        trait));
    }

    @Override
    public void replaceAggregates(UUID provider, List<UUID> aggregates) {
        jdbc.update("DELETE FROM " + tables.of("provider_aggregates") + " WHERE provider_uuid = ?", provider);
        for (int i = 0; i < aggregates.size(); i++) {
            jdbc.update(
                    "INSERT INTO " + tables.of("provider_aggregates")
                            + " (provider_uuid, aggregate_uuid, position) VALUES (?, ?, ?)",
                    provider,
                    aggregates.get(i),
                    i);
        }
    }

    @Override
    public void clear(UUID provider) {
        jdbc.update("DELETE FROM " + tables.of("provider_traits") + " WHERE provider_uuid = ?", provider);
        jdbc.update("DELETE FROM " + tables.of("provider_aggregates") + " WHERE provider_uuid = ?", provider);
    }
}
