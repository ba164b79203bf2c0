package io.inventoryledger.app.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.inventoryledger.projections.audit.VerificationReport;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;

/** GET /ledger/audit/verify's answer. */
@Schema(
        name = "Verification",
        requiredProperties = {"intact", "streams", "events", "unchained", "broken", "truncated"})
record VerificationJson(
        boolean intact,
        long streams,
        long events,

        @Schema(description = "events without a link: written to the embedded store before links existed")
        long unchained,

        @Schema(description = "the first broken link of each broken stream (at most 1000)")
        List<Broken> broken,

        @Schema(description = "more streams are broken than listed")
        boolean truncated) {

    @Schema(
            name = "BrokenLink",
            requiredProperties = {"stream", "sequence", "global_index", "event_id", "problem"})
    record Broken(
            String stream,
            long sequence,
            @JsonProperty("global_index") long globalIndex,
            @JsonProperty("event_id") String eventId,

            @Schema(allowableValues = {"link_mismatch", "events_missing", "link_missing"})
            String problem) {}

    static VerificationJson of(VerificationReport report) {
        return new VerificationJson(
                report.intact(),
                report.streams(),
                report.events(),
                report.unchained(),
                report.broken().stream()
                        .map(link -> new Broken(
                                link.stream(),
                                link.sequence(),
                                link.globalIndex(),
                                link.eventId(),
                                link.problem().name().toLowerCase(Locale.ROOT)))
                        .toList(),
                report.truncated());
    }
}
