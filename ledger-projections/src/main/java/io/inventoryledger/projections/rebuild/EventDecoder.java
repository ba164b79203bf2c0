package io.inventoryledger.projections.rebuild;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * Turns event rows into event messages for the projections. When the service serializes with Jackson and has no
 * upcasters, a row whose stored revision is its class's current one is read by Jackson straight into the event
 * record (what Axon's serializer would do, without its per-message wrapping); any other row goes through Axon's
 * own upcasting and deserialization. Thread-safe: chunks are decoded in parallel.
 */
final class EventDecoder {
    private static final byte[] NO_METADATA = "{}".getBytes(StandardCharsets.UTF_8);

    private final Serializer serializer;
    private final EventUpcaster upcaster;
    private final boolean direct;
    private final Map<SerializedType, Optional<ObjectReader>> readers = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;

    EventDecoder(Serializer serializer, EventUpcaster upcaster, boolean noUpcasters) {
        this.serializer = serializer;
        this.upcaster = upcaster;
        this.direct = noUpcasters && serializer instanceof JacksonSerializer;
        this.mapper = direct ? withoutNameCanonicalizing(((JacksonSerializer) serializer).getObjectMapper()) : null;
    }

    /**
     * The service's mapper, except that field names are not canonicalized: allocation maps are keyed by uuids, a
     * million names that would each be added to (and interned in) Jackson's symbol tables for nothing.
     */
    private static ObjectMapper withoutNameCanonicalizing(ObjectMapper serviceMapper) {
        // the factory's symbol tables take its features when made: a new factory, not a reconfigured copy
        return serviceMapper.copyWith(JsonFactory.builder()
                .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .build());
    }

    String describe() {
        return direct ? "Jackson straight to the event records" : "through Axon's upcasters and serializer";
    }

    List<DomainEventMessage<?>> decode(List<EventRow> rows) {
        List<DomainEventMessage<?>> events = new ArrayList<>(rows.size());
        for (EventRow row : rows) {
            Optional<ObjectReader> reader = direct ? readerFor(row) : Optional.empty();
            if (reader.isPresent()) {
                events.add(new GenericDomainEventMessage<>(
                        row.type(),
                        row.aggregateIdentifier(),
                        row.sequenceNumber(),
                        read(reader.get(), row),
                        MetaData.emptyInstance(),
                        Long.toString(row.globalIndex()),
                        StoredTimes.parse(row.timestamp())));
            } else {
                throughAxon(row, events);
            }
        }
        return events;
    }

    private Object read(ObjectReader reader, EventRow row) {
        try {
            // from text: without canonicalized names, Jackson reads bytes through a Reader with buffers per parse
            return reader.readValue(new String(row.payload(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(
                    "Cannot read event " + row.globalIndex() + " (" + row.payloadType() + ")", e);
        }
    }

    /** A reader when the stored type is a known class at its current revision; empty otherwise. */
    private Optional<ObjectReader> readerFor(EventRow row) {
        SerializedType stored = new SimpleSerializedType(row.payloadType(), row.payloadRevision());
        return readers.computeIfAbsent(stored, type -> {
            Class<?> payloadClass = serializer.classForType(type);
            if (payloadClass == null || !Objects.equals(serializer.typeForClass(payloadClass), type)) {
                return Optional.empty();
            }
            return Optional.of(mapper.readerFor(payloadClass));
        });
    }

    private void throughAxon(EventRow row, List<DomainEventMessage<?>> events) {
        TrackedDomainEventData<byte[]> data = new TrackedDomainEventData<>(
                new GlobalSequenceTrackingToken(row.globalIndex()),
                new GenericDomainEventEntry<>(
                        row.type(),
                        row.aggregateIdentifier(),
                        row.sequenceNumber(),
                        Long.toString(row.globalIndex()),
                        row.timestamp(),
                        row.payloadType(),
                        row.payloadRevision(),
                        row.payload(),
                        NO_METADATA));
        EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(data), serializer, upcaster)
                .forEach(event -> events.add((DomainEventMessage<?>) event));
    }
}
