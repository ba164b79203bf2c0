package io.inventoryledger.app.ops;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /ledger/ops/processors: how far this node's event processors have read (readers only). Events appended by
 * other nodes reach this node's candidate index through a tracking processor: this says whether it has caught up.
 */
@RestController
class EventProcessorStatusController {
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    EventProcessorStatusController(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @PolicyRule(PlacementRules.LEDGER_PROCESSORS)
    @GetMapping(value = "/ledger/ops/processors", produces = "application/json")
    EventProcessorStatus processors() {
        TrackingToken headToken = eventStore.createHeadToken(); // read first: a processor at or past it has caught up
        Long head = headToken == null ? null : orNull(headToken.position());
        List<EventProcessorStatus.Processor> processors = new ArrayList<>();
        processing.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .forEach(processor -> processors.add(status(processor, head)));
        return new EventProcessorStatus(
                head, processors.stream().allMatch(EventProcessorStatus.Processor::caughtUp), processors);
    }

    private static EventProcessorStatus.Processor status(EventProcessor processor, Long head) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new EventProcessorStatus.Processor(processor.getName(), "subscribing", true, List.of());
        }
        List<EventProcessorStatus.Segment> segments = new ArrayList<>();
        Map<Integer, EventTrackerStatus> statuses = streaming.processingStatus();
        statuses.forEach((id, status) -> {
            Long at = orNull(status.getCurrentPosition());
            boolean reachedHead = head == null || (at != null && at >= head);
            segments.add(new EventProcessorStatus.Segment(
                    id,
                    at,
                    status.isCaughtUp() && reachedHead && !status.isErrorState(),
                    status.isErrorState() ? String.valueOf(status.getError()) : null));
        });
        segments.sort(Comparator.comparingInt(EventProcessorStatus.Segment::segment));
        boolean caughtUp = streaming.isRunning()
                && !segments.isEmpty()
                && segments.stream().allMatch(EventProcessorStatus.Segment::caughtUp);
        return new EventProcessorStatus.Processor(processor.getName(), "streaming", caughtUp, segments);
    }

    /** A global index, or null where there is none (an empty store, a segment not started). */
    private static Long orNull(OptionalLong position) {
        return position.isPresent() ? position.getAsLong() : null;
    }
}
