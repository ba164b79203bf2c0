package io.inventoryledger.projections.history;

import io.inventoryledger.projections.schema.Databases;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * Reads events with their metadata straight from the event store (the history is the store itself), by stream or
 * by request id; upcast and deserialized by Axon as its own engine does.
 */
public class HistoryEvents {
    private static final String COLUMNS = "global_index, type, aggregate_identifier, sequence_number,"
            + " event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data";

    /** Far below the 32,767 parameters a PostgreSQL statement may have (a busy host has had many consumers). */
    private static final int STREAMS_PER_READ = 1000;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcaster;
    private volatile Boolean postgres;

    public HistoryEvents(JdbcTemplate jdbc, Serializer serializer, EventUpcaster upcaster) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcaster = upcaster;
    }

    /** Every event of these streams, in global order (a bounded number of streams per statement). */
    public List<RecordedEvent> ofStreams(Collection<String> streams) {
        List<Object> all = new ArrayList<>(streams);
        List<RecordedEvent> events = new ArrayList<>();
        for (int from = 0; from < all.size(); from += STREAMS_PER_READ) {
            List<Object> some = all.subList(from, Math.min(all.size(), from + STREAMS_PER_READ));
            events.addAll(read("aggregate_identifier IN (" + "?,".repeat(some.size() - 1) + "?)", some));
        }
        if (all.size() > STREAMS_PER_READ) {
            events.sort(Comparator.comparingLong(RecordedEvent::position));
        }
        return events;
    }

    /** Every event written in the request with this id (ours or the caller's global one), in global order. */
    public List<RecordedEvent> ofRequest(String requestId) {
        if (isPostgres()) {
            // the expression indexes of db/eventstore V3
            return read(
                    "ledger_event_meta(meta_data, 'requestId') = ? OR ledger_event_meta(meta_data, 'globalRequestId') = ?",
                    List.of(requestId, requestId));
        }
        List<RecordedEvent> found = new ArrayList<>();
        for (RecordedEvent event : read("UTF8TOSTRING(meta_data) LIKE ?", List.of("%" + requestId + "%"))) {
            if (event.context().madeIn(requestId)) {
                found.add(event);
            }
        }
        return found;
    }

    private List<RecordedEvent> read(String where, List<Object> args) {
        List<TrackedDomainEventData<byte[]>> rows = new ArrayList<>();
        jdbc.query(
                "SELECT " + COLUMNS + " FROM domain_event_entry WHERE " + where + " ORDER BY global_index",
                rs -> {
                    rows.add(new TrackedDomainEventData<>(
                            new GlobalSequenceTrackingToken(rs.getLong(1)),
                            new GenericDomainEventEntry<>(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getBytes(9),
                                    rs.getBytes(10))));
                },
                args.toArray());
        List<RecordedEvent> events = new ArrayList<>(rows.size());
        EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(), serializer, upcaster)
                .forEach(message -> events.add(recorded(message)));
        return events;
    }

    private static RecordedEvent recorded(TrackedEventMessage<?> message) {
        var domain = (org.axonframework.eventhandling.DomainEventMessage<?>) message;
        return new RecordedEvent(
                message.trackingToken().position().orElseThrow(),
                domain.getAggregateIdentifier(),
                domain.getSequenceNumber(),
                message.getTimestamp(),
                message.getPayload(),
                EventContext.of(message.getMetaData()));
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = Databases.isPostgres(jdbc);
        }
        return postgres;
    }
}
