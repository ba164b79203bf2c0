package io.inventoryledger.projections.support;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;

/** Hands events to a projection as Axon would: through its annotated handlers, with stream sequence and time. */
public final class EventFeed {
    private final AnnotationEventHandlerAdapter handler;
    private Instant clock = Instant.parse("2026-01-01T00:00:00Z");

    public EventFeed(Object projection) {
        this.handler = new AnnotationEventHandlerAdapter(projection);
    }

    /** Delivers {@code payload} as event {@code sequence} of {@code stream}, one second after the previous one. */
    public void deliver(String stream, long sequence, Object payload) {
        clock = clock.plusSeconds(1);
        try {
            handler.handle(message(stream, sequence, payload, clock));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Event {@code sequence} of {@code stream}, as the event store would hand it over. */
    public static GenericDomainEventMessage<Object> message(
            String stream, long sequence, Object payload, Instant time) {
        return new GenericDomainEventMessage<>(
                "Test",
                stream,
                sequence,
                payload,
                MetaData.emptyInstance(),
                UUID.randomUUID().toString(),
                time);
    }

    /**
     * Event {@code sequence} of {@code stream} at global index {@code position}, as a replay hands it over (in its
     * tracking token) and as a bulk rebuild's decoder does (as its identifier).
     */
    public static DomainEventMessage<Object> stored(
            long position, String stream, long sequence, Object payload, Instant time) {
        return new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(position),
                new GenericDomainEventMessage<>(
                        "Test", stream, sequence, payload, MetaData.emptyInstance(), Long.toString(position), time));
    }
}
