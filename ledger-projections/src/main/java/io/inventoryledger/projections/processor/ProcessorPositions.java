package io.inventoryledger.projections.processor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads where the asynchronous read models' processors stand from their tokens ({@code token_entry}, shared by every
 * node: whichever node holds the segment, all see the same position) and the event store's head, and can hold a
 * processor still ({@link #freeze}) while a rebuild compares its tables.
 */
public class ProcessorPositions {
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;

    public ProcessorPositions(DataSource dataSource, Serializer tokenSerializer) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tokenSerializer = tokenSerializer;
    }

    /** The highest global index committed now (-1: an empty store). */
    public long head() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    /** The processor's position (its slowest segment), empty when it has stored no token yet. */
    public Optional<ProcessorPosition> position(String processor) {
        List<ProcessorPosition> segments = jdbc.query(
                "SELECT token, token_type FROM token_entry WHERE processor_name = ?",
                (rs, i) -> decode(rs.getBytes(1), rs.getString(2)),
                processor);
        return segments.stream().reduce(ProcessorPosition::lowerBound);
    }

    /**
     * The same, locking the processor's token rows in the caller's transaction (its next batch waits for it to end).
     */
    public ProcessorPosition positionForUpdate(String processor) {
        return jdbc
                .query(
                        "SELECT token, token_type FROM token_entry WHERE processor_name = ? ORDER BY segment FOR UPDATE",
                        (rs, i) -> decode(rs.getBytes(1), rs.getString(2)),
                        processor)
                .stream()
                .reduce(ProcessorPosition::lowerBound)
                .orElse(ProcessorPosition.NOTHING);
    }

    /**
     * Whether the processor has applied every event committed at or below {@code head}: its index reached it, and
     * none of the gaps it passed at or below it has been committed since.
     */
    public boolean reached(ProcessorPosition position, long head) {
        if (position.index() < head) {
            return false;
        }
        List<Long> open = position.gaps().headSet(head + 1).stream().toList();
        return open.isEmpty() || committed(open) == 0;
    }

    /** Events the processor has still to apply, roughly: the head minus its index (the whole store without a token). */
    public long lag(String processor, long head) {
        return position(processor).map(p -> Math.max(0, head - p.index())).orElse(head + 1);
    }

    private long committed(Collection<Long> indexes) {
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM domain_event_entry WHERE global_index IN ("
                        + String.join(",", indexes.stream().map(String::valueOf).toList()) + ")",
                Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Holds the processors still: their token rows are locked (on a connection of its own) until the answer is
     * closed, so none of them commits a batch meanwhile (a batch stores its token in its own transaction, after
     * its handlers ran); their positions are read under the lock. A processor that has no token row is not held.
     */
    public Frozen freeze(List<String> processors) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            Map<String, ProcessorPosition> positions = new LinkedHashMap<>();
            if (!processors.isEmpty()) {
                String sql = "SELECT processor_name, token, token_type FROM token_entry WHERE processor_name IN ("
                        + "?,".repeat(processors.size() - 1) + "?) ORDER BY processor_name, segment FOR UPDATE";
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < processors.size(); i++) {
                        statement.setString(i + 1, processors.get(i));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            positions.merge(
                                    rs.getString(1),
                                    decode(rs.getBytes(2), rs.getString(3)),
                                    ProcessorPosition::lowerBound);
                        }
                    }
                }
            }
            return new Frozen(connection, positions);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not hold the read-model processors still", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Processors held still, and where each stands; closing lets them go on. */
    public static final class Frozen implements AutoCloseable {
        private final Connection connection;
        private final Map<String, ProcessorPosition> positions;

        private Frozen(Connection connection, Map<String, ProcessorPosition> positions) {
            this.connection = connection;
            this.positions = Map.copyOf(positions);
        }

        /** Where the processor stands (nothing applied yet when it has no token). */
        public ProcessorPosition position(String processor) {
            return positions.getOrDefault(processor, ProcessorPosition.NOTHING);
        }

        @Override
        public void close() {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // closing anyway
        }
        try {
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException ignored) {
            // the pool replaces a broken connection
        }
    }

    private ProcessorPosition decode(byte[] token, String type) {
        if (token == null || type == null) {
            return ProcessorPosition.NOTHING;
        }
        SerializedObject<byte[]> serialized = new SimpleSerializedObject<>(token, byte[].class, type, null);
        TrackingToken tracking = WrappedToken.unwrapLowerBound(tokenSerializer.deserialize(serialized));
        if (tracking == null) {
            return ProcessorPosition.NOTHING;
        }
        if (tracking instanceof GapAwareTrackingToken gapAware) {
            return ProcessorPosition.of(gapAware.getIndex(), gapAware.getGaps());
        }
        return ProcessorPosition.of(tracking.position().orElse(-1), java.util.Set.of());
    }
}
