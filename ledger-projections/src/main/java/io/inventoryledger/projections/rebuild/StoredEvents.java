package io.inventoryledger.projections.rebuild;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the event store (domain_event_entry, never the snapshots) in global-index order, a batch at a
 * time, with plain JDBC; events are upcast and deserialized by Axon exactly as its own engine does. (A bulk
 * rebuild streams the store through {@link EventCursor} and {@link EventDecoder} instead.)
 */
public class StoredEvents {
    private static final String COLUMNS = "global_index, type, aggregate_identifier, sequence_number,"
            + " event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcaster;
    private final boolean noUpcasters;

    /** {@code noUpcasters}: the service registers no upcaster, so rows at their class's revision decode directly. */
    public StoredEvents(JdbcTemplate jdbc, Serializer serializer, EventUpcaster upcaster, boolean noUpcasters) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcaster = upcaster;
        this.noUpcasters = noUpcasters;
    }

    /** Every row through Axon's upcaster chain. */
    public StoredEvents(JdbcTemplate jdbc, Serializer serializer, EventUpcaster upcaster) {
        this(jdbc, serializer, upcaster, false);
    }

    /** The decoder of a bulk rebuild, with the same serializer and upcasters. */
    EventDecoder decoder() {
        return new EventDecoder(serializer, upcaster, noUpcasters);
    }

    /** One read: the rows' positions (for gap tracking) and the events they hold, in order. */
    public record Batch(List<Position> positions, List<TrackedEventMessage<?>> events) {
        public boolean isEmpty() {
            return positions.isEmpty();
        }
    }

    /** Where a row sits in the global order, and when it was written. */
    public record Position(long globalIndex, Instant time) {}

    /** How many events the store holds now. */
    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    /** Up to {@code limit} events after {@code after}, plus any of the {@code gaps} that have appeared since. */
    public Batch next(long after, Collection<Long> gaps, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index > ?");
        List<Object> args = new ArrayList<>();
        args.add(after);
        if (!gaps.isEmpty()) {
            sql.append(" OR global_index IN (")
                    .append("?,".repeat(gaps.size() - 1))
                    .append("?)");
            args.addAll(gaps);
        }
        sql.append(" ORDER BY global_index LIMIT ").append(limit);
        List<Position> positions = new ArrayList<>(limit);
        List<TrackedDomainEventData<byte[]>> rows = new ArrayList<>(limit);
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(sql.toString());
                    statement.setFetchSize(limit);
                    for (int i = 0; i < args.size(); i++) {
                        statement.setLong(i + 1, (Long) args.get(i));
                    }
                    return statement;
                },
                rs -> {
                    long index = rs.getLong(1);
                    String timestamp = rs.getString(6);
                    positions.add(new Position(index, Instant.parse(timestamp)));
                    rows.add(new TrackedDomainEventData<>(
                            new GlobalSequenceTrackingToken(index),
                            new GenericDomainEventEntry<>(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    rs.getString(5),
                                    timestamp,
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getBytes(9),
                                    rs.getBytes(10))));
                });
        List<TrackedEventMessage<?>> events = EventUtils.upcastAndDeserializeTrackedEvents(
                        rows.stream(), serializer, upcaster)
                .toList();
        return new Batch(positions, events);
    }
}
