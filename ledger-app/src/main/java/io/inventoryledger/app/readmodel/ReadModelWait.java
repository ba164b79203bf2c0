package io.inventoryledger.app.readmodel;

import io.inventoryledger.projections.processor.ProcessorPosition;
import io.inventoryledger.projections.processor.ProcessorPositions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for the asynchronous read models: waits (at most {@code ledger.read-models.read-wait}) until the
 * processor's token shows every event committed when the wait began (the store's {@code max(global_index)} then,
 * and no gap at or below it that has been committed since). Answers how many events it is still behind when the
 * wait ran out (0: caught up). {@link #lag} asks the same once, without waiting.
 */
@Component
public class ReadModelWait {
    private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

    private final ProcessorPositions positions;
    private final Duration maxWait;

    ReadModelWait(ProcessorPositions positions, @Value("${ledger.read-models.read-wait:5s}") Duration maxWait) {
        this.positions = positions;
        this.maxWait = maxWait;
    }

    /** 0 once {@code processor} has applied everything committed now; else, after the wait, its lag in events. */
    public long awaitHead(String processor) {
        return behindHead(processor, maxWait);
    }

    /** 0 when {@code processor} has applied everything committed now; else its lag in events. */
    public long lag(String processor) {
        return behindHead(processor, Duration.ZERO);
    }

    private long behindHead(String processor, Duration wait) {
        long head = positions.head();
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<ProcessorPosition> at = positions.position(processor);
            if (at.isPresent() && positions.reached(at.get(), head)) {
                return 0;
            }
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                return at.map(p -> Math.max(1, head - p.index())).orElse(head + 1);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
