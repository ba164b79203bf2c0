package io.inventoryledger.projections.allocation;

import io.inventoryledger.core.allocation.ClaimDirectory;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The claim directory over the live read model: one query for the providers, one for the consumers, and
 * the claim locks as rows of {@code provider_claim_locks} (locked in uuid order, added on first use).
 */
public class JdbcClaimDirectory implements ClaimDirectory {
    private final NamedParameterJdbcTemplate jdbc;
    private final ReadModelTables tables;

    public JdbcClaimDirectory(NamedParameterJdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @Override
    public void lockProviders(Collection<UUID> providers) {
        if (providers.isEmpty()) {
            return;
        }
        SortedSet<UUID> wanted = new TreeSet<>(Comparator.comparing(UUID::toString));
        wanted.addAll(providers);
        if (lock(wanted) < wanted.size()) {
            // First claim on some provider: add its row (a concurrent insert of the same row waits for ours),
            // then lock again; rows locked already stay ours.
            jdbc.getJdbcTemplate()
                    .batchUpdate(
                            "INSERT INTO " + tables.of("provider_claim_locks")
                                    + " (provider_uuid) VALUES (?) ON CONFLICT DO NOTHING",
                            wanted.stream().map(uuid -> new Object[] {uuid}).toList());
            lock(wanted);
        }
    }

    /** Locks the existing rows in uuid order (PostgreSQL locks after sorting); returns how many. */
    private int lock(SortedSet<UUID> providers) {
        return jdbc.queryForList(
                        "SELECT provider_uuid FROM " + tables.of("provider_claim_locks")
                                + " WHERE provider_uuid IN (:ids) ORDER BY provider_uuid FOR UPDATE",
                        new MapSqlParameterSource("ids", providers),
                        UUID.class)
                .size();
    }

    @Override
    public Set<UUID> providersHeldBy(Collection<UUID> consumers) {
        if (consumers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT provider_uuid FROM " + tables.of("allocations") + " WHERE consumer_uuid IN (:ids)",
                new MapSqlParameterSource("ids", consumers),
                UUID.class));
    }

    @Override
    public Map<UUID, String> providerStreams(Collection<UUID> providers) {
        Map<UUID, String> streams = new HashMap<>();
        if (providers.isEmpty()) {
            return streams;
        }
        jdbc.query(
                "SELECT uuid, stream_id FROM " + tables.of("resource_providers") + " WHERE uuid IN (:ids)",
                new MapSqlParameterSource("ids", providers),
                rs -> {
                    streams.put(rs.getObject("uuid", UUID.class), rs.getString("stream_id"));
                });
        return streams;
    }

    @Override
    public Map<UUID, ConsumerStream> consumerStreams(Collection<UUID> consumers) {
        Map<UUID, ConsumerStream> streams = new HashMap<>();
        consumers.forEach(uuid -> streams.put(uuid, new ConsumerStream(null, 1)));
        if (consumers.isEmpty()) {
            return streams;
        }
        jdbc.query(
                "SELECT i.uuid, i.incarnation, c.stream_id FROM " + tables.of("consumer_incarnations") + " i"
                        + " LEFT JOIN " + tables.of("consumers") + " c ON c.uuid = i.uuid WHERE i.uuid IN (:ids)",
                new MapSqlParameterSource("ids", consumers),
                rs -> {
                    String stream = rs.getString("stream_id");
                    int incarnation = rs.getInt("incarnation");
                    streams.put(
                            rs.getObject("uuid", UUID.class),
                            new ConsumerStream(stream, stream == null ? incarnation + 1 : incarnation));
                });
        return streams;
    }
}
