package io.inventoryledger.projections.processor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an asynchronous read model's handler failed on: logged (with the event and its position) and counted per
 * processor, then passed on, so that the processor rolls the batch back and retries it with back-off (Axon's
 * tracking processor: 1 s, doubling up to 60 s) instead of skipping the event.
 */
public class ReadModelFailures {
    private static final Logger log = LoggerFactory.getLogger(ReadModelFailures.class);

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    /** Failures of {@code processor}'s handlers since the start of this node. */
    public long count(String processor) {
        return counter(processor).get();
    }

    /** The handler for {@code processor}: log, count, rethrow. */
    public ListenerInvocationErrorHandler handlerFor(String processor) {
        return (exception, event, handler) -> {
            counter(processor).incrementAndGet();
            log.error(
                    "Read model {} failed on {} at position {}; the batch is rolled back and retried",
                    processor,
                    event.getPayloadType().getSimpleName(),
                    position(event),
                    exception);
            throw exception;
        };
    }

    private AtomicLong counter(String processor) {
        return counts.computeIfAbsent(processor, p -> new AtomicLong());
    }

    private static Object position(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked) {
            return tracked.trackingToken().position().stream()
                    .boxed()
                    .findFirst()
                    .orElse(null);
        }
        return event.getIdentifier();
    }
}
