package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.processor.ProcessorPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rebuild of the projections an asynchronous processor keeps: their live tables stand where the processor's
 * token says (written with it in each batch's transaction), not at the store's head, so their rebuilt twins are
 * replayed to exactly that set of events ({@link #advanceTo}) before they are compared. The rebuild can never take
 * an event back: it replays only what the processor has applied already ({@link #within}).
 */
final class ProcessorReplay {
    private final String processor;
    private final List<AnnotationEventHandlerAdapter> handlers;
    private final StoredEvents events;
    private final JdbcTemplate jdbc;
    private final int batchSize;
    private final Duration gapTimeout;
    private GapTracker replayed;

    ProcessorReplay(
            String processor,
            List<AnnotationEventHandlerAdapter> handlers,
            StoredEvents events,
            JdbcTemplate jdbc,
            int batchSize,
            Duration gapTimeout,
            GapTracker replayed) {
        this.processor = processor;
        this.handlers = List.copyOf(handlers);
        this.events = events;
        this.jdbc = jdbc;
        this.batchSize = batchSize;
        this.gapTimeout = gapTimeout;
        this.replayed = GapTracker.resume(replayed.last(), replayed.gapsSeen(), gapTimeout);
    }

    String processor() {
        return processor;
    }

    /** Where the replay stands: every event up to it but its gaps. */
    long last() {
        return replayed.last();
    }

    /**
     * Whether every event replayed so far is one the processor has applied (at {@code position}): no committed event
     * above its index or among its gaps that the replay has applied.
     */
    boolean within(ProcessorPosition position) {
        Set<Long> open = new TreeSet<>(position.gaps().headSet(replayed.last() + 1));
        open.removeAll(replayed.gaps());
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM domain_event_entry WHERE ");
        List<Object> args = new ArrayList<>();
        sql.append("(global_index > ? AND global_index <= ?");
        args.add(position.index());
        args.add(replayed.last());
        if (replayed.hasGaps()) {
            sql.append(" AND global_index NOT IN (")
                    .append(String.join(
                            ",", replayed.gaps().stream().map(String::valueOf).toList()))
                    .append(")");
        }
        sql.append(")");
        if (!open.isEmpty()) {
            sql.append(" OR global_index IN (")
                    .append(String.join(",", open.stream().map(String::valueOf).toList()))
                    .append(")");
        }
        if (replayed.last() <= position.index() && open.isEmpty()) {
            return true;
        }
        Long committed = jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
        return committed == null || committed == 0;
    }

    /**
     * Replays, in the caller's transaction, the events the processor has applied at {@code position} and this
     * replay has not ({@link #within} must hold): afterwards both stand on the same events. Answers how many.
     */
    int advanceTo(ProcessorPosition position, Instant now) {
        int count = 0;
        long cursor = replayed.last();
        List<Long> pending = new ArrayList<>(replayed.gaps());
        boolean done = cursor >= position.index() && pending.isEmpty();
        while (!done) {
            StoredEvents.Batch batch = events.next(cursor, pending, batchSize);
            for (EventMessage<?> event : batch.events()) {
                long index = ((TrackedEventMessage<?>) event)
                        .trackingToken()
                        .position()
                        .orElseThrow();
                if (index > position.index()) {
                    done = true;
                    break;
                }
                if (position.covers(index)) {
                    handlers.forEach(handler -> ProjectionRebuild.apply(handler, event));
                    count++;
                }
            }
            for (StoredEvents.Position row : batch.positions()) {
                pending.remove(row.globalIndex());
                cursor = Math.max(cursor, row.globalIndex());
            }
            done = done || batch.positions().size() < batchSize;
        }
        java.util.Map<Long, Instant> gaps = new java.util.TreeMap<>();
        position.gaps().forEach(g -> gaps.put(g, now));
        replayed = GapTracker.resume(position.index(), gaps, gapTimeout);
        return count;
    }
}
