package io.inventoryledger.app.changes;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI description of what {@link ChangeJson} writes (the document's schemas; the test that fetches real
 * pages validates them against these).
 */
final class ChangeSchemas {
    private ChangeSchemas() {}

    @Schema(
            name = "ChangePage",
            requiredProperties = {"changes", "position", "more"})
    record Page(
            List<Change> changes,

            @Schema(description = "resume from here (after=)")
            String position,

            @Schema(description = "the read stopped before the head")
            boolean more) {}

    @Schema(
            name = "Change",
            requiredProperties = {
                "position",
                "global_index",
                "stream",
                "sequence",
                "kind",
                "event_id",
                "time",
                "principal",
                "payload"
            })
    record Change(
            @Schema(description = "the feed's position after this change: resume from it")
            String position,

            @JsonProperty("global_index") long globalIndex,
            String stream,

            @Schema(description = "the stream's sequence number (a provider stream's generation)")
            long sequence,

            @Schema(description = "the event type, e.g. ProviderAllocationsWritten")
            String kind,

            @Schema(types = {"string", "null"}) String revision,
            @JsonProperty("event_id") String eventId,
            String time,

            @JsonProperty("request_id") @Schema(types = {"string", "null"})
            String requestId,

            @JsonProperty("global_request_id") @Schema(types = {"string", "null"})
            String globalRequestId,

            Principal principal,
            @Schema(types = {"string", "null"}) String node,
            @Schema(description = "the event as stored") Map<String, Object> payload) {}

    @Schema(
            name = "ChangePrincipal",
            requiredProperties = {"roles"})
    record Principal(
            @Schema(types = {"string", "null"}) String user,
            @Schema(types = {"string", "null"}) String project,
            List<String> roles,

            @JsonProperty("service_user") @Schema(types = {"string", "null"})
            String serviceUser) {}
}
