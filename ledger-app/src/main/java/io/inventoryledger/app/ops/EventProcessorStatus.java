package io.inventoryledger.app.ops;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Where this node's event processors stand against the event store: a streaming processor is caught up when every
 * segment has nothing left to read; a subscribing one handles each event in the transaction that appends it.
 */
record EventProcessorStatus(
        @JsonProperty("store_head")
        @Schema(
                types = {"integer", "null"},
                description = "null: an empty store")
        Long storeHead,

        @JsonProperty("caught_up") boolean caughtUp,
        List<Processor> processors) {

    record Processor(
            String name,
            String kind,
            @JsonProperty("caught_up") boolean caughtUp,
            List<Segment> segments) {}

    record Segment(
            int segment,

            @Schema(
                    types = {"integer", "null"},
                    description = "null: not started")
            Long position,

            @JsonProperty("caught_up") boolean caughtUp,
            @Schema(types = {"string", "null"}) String error) {}
}
