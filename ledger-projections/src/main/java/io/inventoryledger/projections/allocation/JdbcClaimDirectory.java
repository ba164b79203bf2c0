package io.inventoryledger.projections.allocation;

import io.inventoryledger.core.allocation.ClaimDirectory;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The claim directory over the live read model: one query for the providers, one for the consumers. */
public class JdbcClaimDirectory implements ClaimDirectory {
    private final NamedParameterJdbcTemplate jdbc;
    private final ReadModelTables tables;

    public JdbcClaimDirectory(NamedParameterJdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @Override
    public Map<UUID, String> providerStreams(Collection<UUID> providers) {
        Map<UUID, String> streams = new HashMap<>();
        if (providers.isEmpty()) {
            return streams;
        }
        jdbc.query("SELECT uuid, stream_id FROM " + tables.of("resource_providers") + " WHERE uuid IN (:ids)",
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
        jdbc.query("SELECT i.uuid, i.incarnation, c.stream_id FROM " + tables.of("consumer_incarnations") + " i"
                        + " LEFT JOIN " + tables.of("consumers") + " c ON c.uuid = i.uuid WHERE i.uuid IN (:ids)",
                new MapSqlParameterSource("ids", consumers),
                rs -> {
                    String stream = rs.getString("stream_id");
                    int incarnation = rs.getInt("incarnation");
                    streams.put(rs.getObject("uuid", UUID.class),
                            new ConsumerStream(stream, stream == null ? incarnation + 1 : incarnation));
                });
        return streams;
    }
}
