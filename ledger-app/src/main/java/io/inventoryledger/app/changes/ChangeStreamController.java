package io.inventoryledger.app.changes;

import io.inventoryledger.app.openapi.ErrorsSchema;
import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyRule;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.projections.feed.ChangeFeed;
import io.inventoryledger.projections.feed.FeedPosition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** GET /ledger/changes/stream: the change feed live, as Server-Sent Events. */
@RestController
class ChangeStreamController {
    private final ChangeFeed feed;
    private final ChangeStreamHub hub;
    private final EventKinds kinds;
    private final int bufferSize;
    private final Duration heartbeat;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService senders = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "change-stream-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    ChangeStreamController(
            ChangeFeed feed,
            ChangeStreamHub hub,
            EventKinds kinds,
            @Value("${ledger.changes.stream.buffer:2000}") int bufferSize,
            @Value("${ledger.changes.stream.heartbeat:15s}") Duration heartbeat) {
        this.feed = feed;
        this.hub = hub;
        this.kinds = kinds;
        this.bufferSize = bufferSize;
        this.heartbeat = heartbeat;
    }

    /**
     * 200 {@code text/event-stream}: a comment {@code subscribed} once live, then one event {@code change} per change
     * ({@code id}: its position, {@code data}: the change as GET /ledger/changes gives it), a comment
     * {@code heartbeat} after each quiet {@code ledger.changes.stream.heartbeat}. Resumes after the {@code Last-Event-ID}
     * header's position, else after {@code after}, else starts with the changes committed from now on. Filters as
     * GET /ledger/changes. 400 {@code ledger.changes.*} for a bad position or filter.
     */
    @Operation(summary = "The change feed live, as Server-Sent Events (docs/audit.md)")
    @Parameter(name = "Last-Event-ID", in = ParameterIn.HEADER, description = "resume after this position")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "resume after this position (no Last-Event-ID)")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "event types, comma-separated or repeated")
    @Parameter(name = "provider", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "uuid"))
    @Parameter(name = "consumer", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "uuid"))
    @Parameter(name = "project", in = ParameterIn.QUERY)
    @ApiResponse(
            responseCode = "200",
            description = "events 'change' (id: position, data: a Change as JSON), comments 'subscribed', 'heartbeat'",
            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "400",
            description = "ledger.changes.bad_position or bad_filter",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorsSchema.class)))
    @PolicyRule(PlacementRules.LEDGER_CHANGES_STREAM)
    @GetMapping("/ledger/changes/stream")
    SseEmitter stream(@Parameter(hidden = true) HttpServletRequest request) {
        if (request.getParameter("limit") != null || request.getParameter("format") != null) {
            throw ChangeQuery.refusal(
                    ErrorCodes.CHANGES_BAD_FILTER, "The stream takes after, kind, provider, consumer and project.");
        }
        ChangeQuery query = ChangeQuery.parse(request.getParameterMap(), kinds, false);
        String lastEventId = request.getHeader("Last-Event-ID");
        FeedPosition start = lastEventId != null
                ? ChangeQuery.position(lastEventId)
                : request.getParameter("after") != null ? query.after() : null;
        SseEmitter emitter = new SseEmitter(0L);
        senders.execute(new ChangeSubscriber(hub, feed, query.filter(), start, emitter, bufferSize, heartbeat));
        return emitter;
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
