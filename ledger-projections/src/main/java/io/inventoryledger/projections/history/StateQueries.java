package io.inventoryledger.projections.history;

import io.inventoryledger.core.consumer.ConsumerAllocationsDeleted;
import io.inventoryledger.core.consumer.ConsumerAllocationsReplaced;
import io.inventoryledger.core.consumer.ConsumerStreamId;
import io.inventoryledger.core.provider.ProviderStreamId;
import io.inventoryledger.core.provider.ResourceProviderDeleted;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Time travel: a provider or consumer as Placement's API showed it at a generation or an instant. A provider's
 * state is read from the time-travel tables (the last shape and usage rows at or before a position: a few index
 * lookups however long its history); a consumer's from its own short streams.
 *
 * <p>"At generation G" is the state right after the change that made G; "at an instant" is the state after every
 * change stamped at or before it, releases included (those do not move a provider's generation).
 */
public class StateQueries {
    private static final int MAX_DEPTH = 100;

    private final JdbcTemplate jdbc;
    private final HistoryEvents events;
    private final String shapes;
    private final String usages;
    private final Incarnations incarnations;

    public StateQueries(JdbcTemplate jdbc, ReadModelTables tables, HistoryEvents events, Incarnations incarnations) {
        this.jdbc = jdbc;
        this.events = events;
        this.incarnations = incarnations;
        this.shapes = tables.of("history_provider_shapes");
        this.usages = tables.of("history_provider_usages");
    }

    /** The provider right after the change that made {@code generation} in that incarnation; empty when none did. */
    public Optional<ProviderState> provider(UUID uuid, int incarnation, long generation) {
        List<Object[]> event = jdbc.query(
                "SELECT global_index, payload_type, time_stamp FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND sequence_number = ?",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)},
                ProviderStreamId.of(uuid, incarnation),
                generation);
        if (event.isEmpty() || ResourceProviderDeleted.class.getName().equals(event.get(0)[1])) {
            return Optional.empty(); // never shown: no such change, or the provider's end
        }
        long position = (Long) event.get(0)[0];
        return at(uuid, position, generation, Instant.parse((String) event.get(0)[2]));
    }

    /** The provider after every change stamped at or before {@code instant}; empty when it did not exist then. */
    public Optional<ProviderState> provider(UUID uuid, Instant instant) {
        Timestamp until = Timestamp.from(instant);
        long position = Math.max(lastAt(shapes, uuid, until), lastAt(usages, uuid, until));
        return position < 0 ? Optional.empty() : at(uuid, position, null, instant);
    }

    private Optional<ProviderState> at(UUID uuid, long position, Long knownGeneration, Instant time) {
        Optional<ProviderShape> shape = shapeAt(uuid, position);
        if (shape.isEmpty() || shape.get().deleted()) {
            return Optional.empty();
        }
        ProviderSnapshot snapshot = shape.get().snapshot();
        long generation = knownGeneration != null ? knownGeneration : generationAt(uuid, position);
        Map<String, Long> used = usageAt(uuid, position);
        Map<String, Long> usages = new LinkedHashMap<>();
        snapshot.inventories().keySet().forEach(rc -> usages.put(rc, used.getOrDefault(rc, 0L)));
        return Optional.of(new ProviderState(
                uuid, snapshot, generation, rootAt(uuid, snapshot.parent(), position), usages, position, time));
    }

    /** The generation a provider had at an instant (0 before it existed). */
    public long generationAt(UUID uuid, Instant instant) {
        Timestamp until = Timestamp.from(instant);
        return generationAt(uuid, Math.max(lastAt(shapes, uuid, until), lastAt(usages, uuid, until)));
    }

    /** The generation a provider had at a position: its last counted change's, shape or allocation. */
    public long generationAt(UUID uuid, long position) {
        List<Long> counted = new ArrayList<>();
        for (String table : List.of(shapes, usages)) {
            jdbc.query(
                    "SELECT position, generation FROM " + table + " WHERE provider_uuid = ? AND position <= ?"
                            + " AND generation IS NOT NULL ORDER BY position DESC FETCH FIRST 1 ROWS ONLY",
                    rs -> {
                        counted.add(rs.getLong(1));
                        counted.add(rs.getLong(2));
                    },
                    uuid,
                    position);
        }
        if (counted.size() == 4 && counted.get(2) > counted.get(0)) {
            return counted.get(3);
        }
        return counted.isEmpty() ? 0 : counted.get(1);
    }

    private Optional<ProviderShape> shapeAt(UUID uuid, long position) {
        return jdbc
                .query(
                        "SELECT " + JdbcHistoryStateRows.SHAPE_COLUMNS + " FROM " + shapes
                                + " WHERE provider_uuid = ? AND position <= ? ORDER BY position DESC"
                                + " FETCH FIRST 1 ROWS ONLY",
                        (rs, n) -> JdbcHistoryStateRows.shape(rs),
                        uuid,
                        position)
                .stream()
                .findFirst();
    }

    private Map<String, Long> usageAt(UUID uuid, long position) {
        List<String> found = jdbc.queryForList(
                "SELECT usages FROM " + usages + " WHERE provider_uuid = ? AND position <= ? ORDER BY position DESC"
                        + " FETCH FIRST 1 ROWS ONLY",
                String.class,
                uuid,
                position);
        return found.isEmpty() ? Map.of() : StateText.usages(found.get(0));
    }

    private UUID rootAt(UUID uuid, UUID parent, long position) {
        UUID root = uuid;
        for (int depth = 0; parent != null && depth < MAX_DEPTH; depth++) {
            root = parent;
            parent = shapeAt(parent, position).map(s -> s.snapshot().parent()).orElse(null);
        }
        return root;
    }

    /**
     * The provider's last row stamped at or before {@code until}. A provider's rows are written under its locks
     * (claim locks, its last shape row), and their events are made while those are held, so times follow positions.
     */
    private long lastAt(String table, UUID uuid, Timestamp until) {
        List<Long> found = jdbc.queryForList(
                "SELECT position FROM " + table + " WHERE provider_uuid = ? AND occurred_at <= ?"
                        + " ORDER BY occurred_at DESC, position DESC FETCH FIRST 1 ROWS ONLY",
                Long.class,
                uuid,
                until);
        return found.isEmpty() ? -1 : found.get(0);
    }

    /** The consumer right after the write that made {@code generation} of that incarnation; empty when none did. */
    public Optional<ConsumerSnapshot> consumer(UUID uuid, int incarnation, long generation) {
        ConsumerSnapshot state = null;
        for (RecordedEvent event : events.ofStreams(List.of(ConsumerStreamId.of(uuid, incarnation)))) {
            if (event.sequence() + 1 > generation) {
                break;
            }
            state = apply(state, event);
        }
        return state != null && state.generation() == generation ? Optional.of(state) : Optional.empty();
    }

    /** The consumer after every write stamped at or before {@code instant} (no allocations: none, or none yet). */
    public ConsumerSnapshot consumer(UUID uuid, Instant instant) {
        ConsumerSnapshot state = null;
        for (RecordedEvent event : events.ofStreams(incarnations.consumerStreams(List.of(uuid)))) {
            if (event.time().isAfter(instant)) {
                break;
            }
            state = apply(event.sequence() == 0 ? null : state, event);
        }
        return state == null ? ConsumerSnapshot.NONE : state;
    }

    private static ConsumerSnapshot apply(ConsumerSnapshot state, RecordedEvent event) {
        if (event.payload() instanceof ConsumerAllocationsReplaced replaced) {
            return ConsumerSnapshot.of(replaced, event.sequence(), event.position());
        }
        if (event.payload() instanceof ConsumerAllocationsDeleted deleted && state != null) {
            return state.released(deleted.incarnation(), event.sequence(), event.position());
        }
        return state;
    }
}
