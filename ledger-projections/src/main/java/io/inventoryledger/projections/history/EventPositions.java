package io.inventoryledger.projections.history;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event's position (global index) as its handler sees it. Replays carry it in their tracking token, and a bulk
 * rebuild's decoder makes the global index the message's identifier ({@code EventDecoder}); a live event, handled
 * in its own transaction after its row was appended, is looked up by its identifier.
 */
@FunctionalInterface
public interface EventPositions {
    long of(EventMessage<?> event);

    /** Live and replayed events. */
    static EventPositions stored(JdbcTemplate jdbc) {
        return event -> {
            if (event instanceof TrackedEventMessage<?> tracked
                    && tracked.trackingToken().position().isPresent()) {
                return tracked.trackingToken().position().getAsLong();
            }
            Long position = jdbc.queryForObject(
                    "SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                    Long.class,
                    event.getIdentifier());
            if (position == null) {
                throw new IllegalStateException("Event " + event.getIdentifier() + " is not in the store");
            }
            return position;
        };
    }

    /** The events of a bulk rebuild, decoded with their global index as identifier. */
    static EventPositions decoded() {
        return event -> Long.parseLong(event.getIdentifier());
    }
}
