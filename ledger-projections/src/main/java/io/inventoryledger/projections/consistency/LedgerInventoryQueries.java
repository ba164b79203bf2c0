package io.inventoryledger.projections.consistency;

import io.inventoryledger.core.consumer.ConsumerStreamId;
import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the consistency check compares the event history with: streams and read-model totals. */
public class LedgerInventoryQueries extends ReadModelJdbc {
    public LedgerInventoryQueries(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
    }

    /** Provider uuid → stream id of every live provider. */
    public Map<UUID, String> providerStreams() {
        Map<UUID, String> streams = new HashMap<>();
        jdbc.query("SELECT uuid, stream_id FROM " + tables.of("resource_providers"), rs -> {
            streams.put(rs.getObject("uuid", UUID.class), rs.getString("stream_id"));
        });
        return streams;
    }

    /** Every consumer stream the event store holds, live or ended: the history, not the read model. */
    public List<String> consumerStreamsInEventStore() {
        return jdbc.queryForList(
                "SELECT DISTINCT aggregate_identifier FROM domain_event_entry"
                        + " WHERE aggregate_identifier LIKE ? ORDER BY aggregate_identifier",
                String.class,
                ConsumerStreamId.prefix() + "%");
    }

    /** provider → class → used, as the provider_usages table says. */
    public Map<UUID, Map<String, Long>> providerUsages() {
        return totals("SELECT provider_uuid AS owner, resource_class, used FROM " + tables.of("provider_usages"));
    }

    /** provider → class → sum of allocation rows. */
    public Map<UUID, Map<String, Long>> allocationSumsByProvider() {
        return totals("SELECT provider_uuid AS owner, resource_class, SUM(used) AS used FROM "
                + tables.of("allocations") + " GROUP BY provider_uuid, resource_class");
    }

    /** consumer → provider:class → used, as the allocations table says. */
    public Map<UUID, Map<String, Long>> allocationRowsByConsumer() {
        return totals("SELECT consumer_uuid AS owner, provider_uuid || ':' || resource_class AS resource_class, used"
                + " FROM " + tables.of("allocations"));
    }

    private Map<UUID, Map<String, Long>> totals(String sql) {
        Map<UUID, Map<String, Long>> totals = new HashMap<>();
        jdbc.query(sql, rs -> {
            totals.computeIfAbsent(rs.getObject("owner", UUID.class), k -> new HashMap<>())
                    .put(rs.getString("resource_class"), rs.getLong("used"));
        });
        return totals;
    }
}
