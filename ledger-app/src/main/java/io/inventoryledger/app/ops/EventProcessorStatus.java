package io.inventoryledger.app.ops;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Where this node's event processors stand against the event store: a streaming processor is caught up when every
 * segment has nothing left to read; a subscribing one handles each event in the transaction that appends it.
 */
record EventProcessorStatus(
        @JsonProperty("store_head") Long storeHead,
        @JsonProperty("caught_up") boolean caughtUp,
        List<Processor> processors) {

    record Processor(
            String name,
            String kind,
            @JsonProperty("caught_up") boolean caughtUp,
            List<Segment> segments) {}

    record Segment(
            int segment,
            Long position,
            @JsonProperty("caught_up") boolean caughtUp,
            String error) {}
}
