package io.inventoryledger.app.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The OpenAPI description of Placement's error body, which every refusal of ours has too (docs/api/errors.md). */
@Schema(
        name = "Errors",
        requiredProperties = {"errors"})
public record ErrorsSchema(List<Error> errors) {
    @Schema(
            name = "Error",
            requiredProperties = {"status", "title", "detail"})
    public record Error(
            int status,
            String title,
            String detail,

            @Schema(description = "stable code, e.g. ledger.changes.bad_position")
            String code,

            @JsonProperty("request_id") String requestId) {}
}
