package io.inventoryledger.core.allocation;

import io.inventoryledger.core.allocation.AllocationCommand.BatchedWrite;
import io.inventoryledger.core.allocation.AllocationCommand.ClaimBatch;
import io.inventoryledger.core.allocation.AllocationCommand.DeleteAllocations;
import io.inventoryledger.core.allocation.AllocationCommand.ReplaceAllocations;
import io.inventoryledger.core.allocation.ClaimDirectory.ConsumerStream;
import io.inventoryledger.core.consumer.ConsumerClaim;
import io.inventoryledger.core.error.LedgerException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A {@link ClaimBatch} inside one unit of work (one transaction): the claim locks of every provider any write may
 * change are taken at once, in the directory's one order; then each write is checked against the aggregates as
 * the writes before it left them (usage through {@link BatchUsages}) and, when accepted, applied in a nested unit
 * of work whose message is the write's own, so that its events carry its caller's metadata. A refused write has
 * applied nothing (checks come before applies), so it leaves the shared aggregates as they were.
 */
final class ClaimBatchHandling {
    private final BiFunction<Boolean, ClaimDirectory, AllocationWrite> newWrite;
    private final ClaimDirectory directory;
    private final List<CorrelationDataProvider> correlationData;

    ClaimBatchHandling(
            BiFunction<Boolean, ClaimDirectory, AllocationWrite> newWrite,
            ClaimDirectory directory,
            List<CorrelationDataProvider> correlationData) {
        this.newWrite = newWrite;
        this.directory = directory;
        this.correlationData = List.copyOf(correlationData);
    }

    List<RuntimeException> handle(ClaimBatch batch, BatchUsages usages) {
        List<UUID> consumers = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<ConsumerClaim> allClaims = new ArrayList<>();
        for (BatchedWrite write : batch.writes()) {
            for (UUID consumer : write.consumers()) {
                if (!seen.add(consumer)) {
                    throw new IllegalArgumentException("consumer " + consumer + " in two writes of one batch");
                }
                consumers.add(consumer);
            }
            if (write.write() instanceof ReplaceAllocations replace) {
                allClaims.addAll(replace.claims());
            }
        }
        Map<UUID, ConsumerStream> streams = directory.consumerStreams(consumers);
        Set<UUID> locked = AllocationWrite.lockProviders(directory, allClaims, streams, List.of());
        usages.prefetch(locked);
        BatchDirectory batchDirectory = new BatchDirectory(directory, streams, locked);
        List<RuntimeException> outcomes = new ArrayList<>(batch.writes().size());
        for (BatchedWrite write : batch.writes()) {
            outcomes.add(attempt(write, streams, batchDirectory, usages));
        }
        return outcomes;
    }

    /** Null when the write was accepted (its events are in the batch's unit of work), else its refusal. */
    private RuntimeException attempt(
            BatchedWrite batched,
            Map<UUID, ConsumerStream> streams,
            BatchDirectory batchDirectory,
            BatchUsages usages) {
        AllocationWrite write;
        try {
            write = prepare(batched, streams, batchDirectory);
        } catch (LedgerException refused) {
            return refused;
        }
        UnitOfWork<?> own = DefaultUnitOfWork.startAndGet(
                GenericCommandMessage.asCommandMessage(batched.write()).andMetaData(batched.metaData()));
        correlationData.forEach(own::registerCorrelationDataProvider);
        ResultMessage<?> applied = own.executeWithResult(() -> {
            write.apply();
            return null;
        });
        if (applied.isExceptional()) {
            // an apply does not refuse; failing here leaves the batch's aggregates in doubt: fail the batch
            throw new IllegalStateException("a checked write failed to apply", applied.exceptionResult());
        }
        usages.add(write.usageChange());
        return null;
    }

    private AllocationWrite prepare(
            BatchedWrite batched, Map<UUID, ConsumerStream> streams, BatchDirectory batchDirectory) {
        if (batched.write() instanceof ReplaceAllocations replace) {
            AllocationWrite write = newWrite.apply(true, batchDirectory);
            write.prepare(replace.claims(), Map.of(), streams);
            return write;
        }
        ConsumerClaim release =
                AllocationCommandHandler.release(((DeleteAllocations) batched.write()).consumerUuid(), streams);
        AllocationWrite write = newWrite.apply(false, batchDirectory);
        write.prepare(List.of(release), Map.of(), streams);
        return write;
    }
}
