package io.inventoryledger.app.ops;

import io.inventoryledger.projections.processor.ProcessorPositions;
import io.inventoryledger.projections.processor.ReadModelFailures;
import io.inventoryledger.projections.slice.ReadModelSlices;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How many events of the store each streaming processor of this node has still to read (the head's global
 * index minus the position of its slowest segment), as the gauge {@code ledger.event_processor.lag} per
 * processor; subscribing processors handle each event in its own transaction and never lag. The asynchronous read
 * models' processors (dashboard, history) share their tokens between nodes, and one node at a time holds each: their
 * lag is read from the shared token, so every node reports the same figure; their handler failures are the counter
 * {@code ledger.read_model.failures}.
 */
@Component
public class EventProcessorLag {
    static final String METER = "ledger.event_processor.lag";
    static final String FAILURES = "ledger.read_model.failures";

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    private final MeterRegistry meters;
    private final Set<String> readModels;
    private final ProcessorPositions positions;
    private final ReadModelFailures failures;

    EventProcessorLag(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            MeterRegistry meters,
            ReadModelSlices slices,
            ProcessorPositions positions,
            ReadModelFailures failures) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.meters = meters;
        this.readModels = Set.copyOf(slices.processors());
        this.positions = positions;
        this.failures = failures;
    }

    /** Whether {@code processor} keeps an asynchronous read model (shared token) rather than this node's state. */
    public boolean keepsReadModel(String processor) {
        return readModels.contains(processor);
    }

    /** Once Axon has built its processors: a gauge per streaming processor. */
    @EventListener(ApplicationReadyEvent.class)
    void registerGauges() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                Gauge.builder(METER, () -> lags().getOrDefault(name, 0L))
                        .tag("processor", name)
                        .baseUnit("events")
                        .description("events of the store this node's processor has still to read")
                        .register(meters);
            }
        });
        readModels.forEach(name -> FunctionCounter.builder(FAILURES, failures, f -> f.count(name))
                .tag("processor", name)
                .description("handler failures of an asynchronous read model (each batch failure is retried)")
                .register(meters));
    }

    /** Processor name → events behind the store's head (a processor not running counts the whole store). */
    public Map<String, Long> lags() {
        TrackingToken headToken = eventStore.createHeadToken(); // read first: positions only move forward
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        Map<String, Long> lags = new LinkedHashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (readModels.contains(name)) {
                lags.put(name, positions.lag(name, head));
            } else if (processor instanceof StreamingEventProcessor streaming) {
                lags.put(name, lag(streaming, head));
            }
        });
        return lags;
    }

    private static long lag(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        if (!processor.isRunning() || statuses.isEmpty()) {
            return head + 1;
        }
        long slowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : statuses.values()) {
            OptionalLong at = status.getCurrentPosition();
            slowest = Math.min(slowest, status.isErrorState() || at.isEmpty() ? -1 : at.getAsLong());
        }
        return Math.max(0, head - slowest);
    }
}
