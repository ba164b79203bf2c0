package io.inventoryledger.app.allocation;

import io.inventoryledger.app.command.LedgerCommands;
import io.inventoryledger.core.allocation.AllocationCommand;
import io.inventoryledger.core.allocation.AllocationCommand.BatchedWrite;
import io.inventoryledger.core.allocation.AllocationCommand.ClaimBatch;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Group commit for claims and releases: callers queue their writes, and the node's writer threads take what has
 * queued meanwhile as one {@link ClaimBatch}, one transaction, one commit. Under light load a batch is one write
 * and waits for nothing. A batch that loses a race as a whole (to another node at commit, a deadlock) is not
 * anybody's refusal: each of its writes is then sent alone by its own caller ({@link Outcome#SENT_ALONE}), with the
 * usual retries, so that no write is refused for another's conflict. Any other failure of the batch is each
 * caller's answer, as it would have been for a write sent alone.
 */
@Component
class ClaimBatcher {
    private static final Logger log = LoggerFactory.getLogger(ClaimBatcher.class);

    /** What became of a queued write. */
    sealed interface Outcome {
        Outcome ACCEPTED = new Accepted();
        Outcome SENT_ALONE = new SendAlone();
    }

    record Accepted() implements Outcome {}

    record Refused(RuntimeException refusal) implements Outcome {}

    /** The batch failed as a whole: the caller sends its write alone. */
    record SendAlone() implements Outcome {}

    private record Queued(BatchedWrite write, CompletableFuture<Outcome> outcome) {}

    private final LedgerCommands commands;
    private final boolean enabled;
    private final int maxWrites;
    private final LinkedBlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private final DistributionSummary batchSizes;
    private volatile boolean running = true;

    ClaimBatcher(
            LedgerCommands commands,
            MeterRegistry meters,
            @Value("${ledger.claims.batch.enabled:true}") boolean enabled,
            @Value("${ledger.claims.batch.max-writes:64}") int maxWrites,
            @Value("${ledger.claims.batch.writers:1}") int writerCount) {
        this.commands = commands;
        this.enabled = enabled;
        this.maxWrites = Math.max(1, maxWrites);
        this.batchSizes = DistributionSummary.builder("ledger.claims.batch.writes")
                .description("claims and releases written per transaction")
                .publishPercentileHistogram()
                .register(meters);
        if (enabled) {
            for (int i = 1; i <= Math.max(1, writerCount); i++) {
                Thread writer = new Thread(this::writeBatches, "claim-batch-writer-" + i);
                writer.setDaemon(true);
                writers.add(writer);
                writer.start();
            }
        }
    }

    boolean enabled() {
        return enabled;
    }

    /** Queues the write with the caller's request context and waits for what became of it. */
    Outcome write(AllocationCommand write) {
        Queued queued = new Queued(new BatchedWrite(write, commands.metaData()), new CompletableFuture<>());
        queue.add(queued);
        if (!running && queue.remove(queued)) {
            return Outcome.SENT_ALONE; // stopping: nobody takes it any more
        }
        return queued.outcome().join();
    }

    private void writeBatches() {
        Deque<Queued> carried = new ArrayDeque<>();
        while (running) {
            List<Queued> batch;
            try {
                batch = nextBatch(carried);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (!batch.isEmpty()) {
                write(batch);
            }
        }
        carried.forEach(q -> q.outcome().complete(Outcome.SENT_ALONE));
    }

    /**
     * The writes carried over from the last round first, then whatever queued meanwhile, up to the limit; a write
     * whose consumer is already in the batch waits for the next one (a consumer's writes stay in order).
     */
    private List<Queued> nextBatch(Deque<Queued> carried) throws InterruptedException {
        if (carried.isEmpty()) {
            Queued first = queue.poll(1, TimeUnit.SECONDS);
            if (first == null) {
                return List.of();
            }
            carried.add(first);
        }
        List<Queued> batch = new ArrayList<>();
        Set<UUID> consumers = new HashSet<>();
        Deque<Queued> next = new ArrayDeque<>();
        Queued candidate;
        while (batch.size() < maxWrites && (candidate = carried.isEmpty() ? queue.poll() : carried.poll()) != null) {
            if (candidate.write().consumers().stream().anyMatch(consumers::contains)) {
                next.add(candidate);
            } else {
                consumers.addAll(candidate.write().consumers());
                batch.add(candidate);
            }
        }
        next.addAll(carried);
        carried.clear();
        carried.addAll(next);
        return batch;
    }

    private void write(List<Queued> batch) {
        batchSizes.record(batch.size());
        List<RuntimeException> outcomes;
        try {
            outcomes = commands.send(
                    new ClaimBatch(batch.stream().map(Queued::write).toList()));
        } catch (RuntimeException failed) {
            // a race lost to another writer is nobody's refusal: each write is sent alone; any other failure (a
            // broken connection: the commit may even have happened) is each caller's, as for a write sent alone
            boolean raceLost = ClaimSender.isRaceLost(failed);
            log.debug("a batch of {} writes failed as a whole (race lost: {})", batch.size(), raceLost, failed);
            batch.forEach(q -> q.outcome().complete(raceLost ? Outcome.SENT_ALONE : new Refused(failed)));
            return;
        } catch (Error failed) {
            batch.forEach(q -> q.outcome().complete(Outcome.SENT_ALONE));
            throw failed;
        }
        for (int i = 0; i < batch.size(); i++) {
            RuntimeException refusal = outcomes.get(i);
            batch.get(i).outcome().complete(refusal == null ? Outcome.ACCEPTED : new Refused(refusal));
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        writers.forEach(Thread::interrupt);
        Queued left;
        while ((left = queue.poll()) != null) {
            left.outcome().complete(Outcome.SENT_ALONE);
        }
    }
}
