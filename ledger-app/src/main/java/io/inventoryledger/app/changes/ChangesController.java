package io.inventoryledger.app.changes;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.inventoryledger.app.openapi.ErrorsSchema;
import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyRule;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.projections.feed.ChangeFeed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /ledger/changes: the change feed, a page at a time (JSON) or a range as one stream (NDJSON). */
@RestController
class ChangesController {
    static final String NDJSON = "application/x-ndjson";
    private static final JsonFactory JSON = new JsonFactory();

    private final ChangeFeed feed;
    private final EventKinds kinds;

    ChangesController(ChangeFeed feed, EventKinds kinds) {
        this.feed = feed;
        this.kinds = kinds;
    }

    /**
     * 200 {@code {"changes":[...],"position":"...","more":bool}}: up to {@code limit} changes after {@code after}
     * (resume from {@code position}; {@code more} says the read stopped before the head). With {@code format=ndjson}:
     * every change after {@code after} (up to {@code limit}, default all) as one JSON object per line, streamed.
     * 400 {@code ledger.changes.*} for a bad position, limit, filter or format.
     */
    @Operation(summary = "Every change of the ledger in commit order, after a position (docs/audit.md)")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "a position the feed gave; 0 (default) the start")
    @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1"))
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "event types, comma-separated or repeated")
    @Parameter(name = "provider", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "uuid"))
    @Parameter(name = "consumer", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "uuid"))
    @Parameter(name = "project", in = ParameterIn.QUERY)
    @Parameter(
            name = "format",
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            type = "string",
                            allowableValues = {"json", "ndjson"}))
    @ApiResponse(
            responseCode = "200",
            description = "a page (json), or every change after the position, one per line (ndjson)",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = ChangeSchemas.Page.class)),
                @Content(mediaType = NDJSON, schema = @Schema(implementation = ChangeSchemas.Change.class))
            })
    @ApiResponse(
            responseCode = "400",
            description = "ledger.changes.bad_position, bad_limit, bad_filter or bad_format",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorsSchema.class)))
    @PolicyRule(PlacementRules.LEDGER_CHANGES_LIST)
    @GetMapping("/ledger/changes")
    void changes(
            @Parameter(hidden = true) HttpServletRequest request,
            @Parameter(hidden = true) HttpServletResponse response)
            throws IOException {
        String format = request.getParameter("format");
        boolean export = "ndjson".equals(format);
        if (format != null && !export && !"json".equals(format)) {
            throw ChangeQuery.refusal(
                    ErrorCodes.CHANGES_BAD_FORMAT,
                    "Invalid format '" + format
                            + "': json (pages, the default) or ndjson (a stream of every change after the position).");
        }
        ChangeQuery query = ChangeQuery.parse(request.getParameterMap(), kinds, export);
        if (export) {
            export(query, response);
        } else {
            page(query, response);
        }
    }

    private void page(ChangeQuery query, HttpServletResponse response) throws IOException {
        ChangeFeed.Page page = feed.read(query.after(), query.filter(), query.limit());
        response.setContentType("application/json");
        try (JsonGenerator json = JSON.createGenerator(response.getOutputStream(), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeArrayFieldStart("changes");
            for (var change : page.changes()) {
                ChangeJson.write(json, change);
            }
            json.writeEndArray();
            json.writeStringField("position", page.position().toString());
            json.writeBooleanField("more", page.more());
            json.writeEndObject();
        }
    }

    private void export(ChangeQuery query, HttpServletResponse response) throws IOException {
        response.setContentType(NDJSON);
        OutputStream out = new BufferedOutputStream(response.getOutputStream(), 1 << 16);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            feed.export(query.after(), query.filter(), query.limit(), change -> {
                try {
                    ChangeJson.write(json, change);
                    json.writeRaw('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // the reader went away: stop reading the store
                }
            });
        }
    }
}
