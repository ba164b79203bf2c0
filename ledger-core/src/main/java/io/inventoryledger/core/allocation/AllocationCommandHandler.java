package io.inventoryledger.core.allocation;

import io.inventoryledger.core.allocation.AllocationCommand.ClaimBatch;
import io.inventoryledger.core.allocation.AllocationCommand.DeleteAllocations;
import io.inventoryledger.core.allocation.AllocationCommand.ReplaceAllocations;
import io.inventoryledger.core.allocation.AllocationCommand.Reshape;
import io.inventoryledger.core.allocation.ClaimDirectory.ConsumerStream;
import io.inventoryledger.core.consumer.Consumer;
import io.inventoryledger.core.consumer.ConsumerClaim;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.provider.ProviderUsages;
import io.inventoryledger.core.provider.ResourceProvider;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.Repository;

/**
 * Handles every allocation write as one unit of work: it takes the claim locks of the providers involved,
 * loads each consumer and provider and applies their events in the order of their stream ids, so that
 * concurrent writes over the same aggregates queue up instead of deadlocking. Any refusal stores nothing.
 * Providers learn their current usage through {@link ProviderUsages}.
 */
public class AllocationCommandHandler {
    private final Repository<ResourceProvider> providers;
    private final Repository<Consumer> consumers;
    private final ClaimDirectory directory;
    private final ProviderUsages usages;
    private final ResourceClassCatalog catalog;
    private final List<CorrelationDataProvider> correlationData;

    /**
     * {@code correlationData}: what a batched write's events inherit from its own message (as the command bus's
     * unit of work gives a single write's events).
     */
    public AllocationCommandHandler(
            Repository<ResourceProvider> providers,
            Repository<Consumer> consumers,
            ClaimDirectory directory,
            ProviderUsages usages,
            ResourceClassCatalog catalog,
            List<CorrelationDataProvider> correlationData) {
        this.providers = providers;
        this.consumers = consumers;
        this.directory = directory;
        this.usages = usages;
        this.catalog = catalog;
        this.correlationData = List.copyOf(correlationData);
    }

    @CommandHandler
    public void handle(ReplaceAllocations command) {
        write(true).run(command.claims(), Map.of());
    }

    @CommandHandler
    public void handle(Reshape command) {
        write(true).run(command.claims(), command.inventories());
    }

    @CommandHandler
    public void handle(DeleteAllocations command) {
        Map<UUID, ConsumerStream> streams = directory.consumerStreams(List.of(command.consumerUuid()));
        // Placement's delete_all moves no provider's generation, unlike a write that empties the consumer.
        write(false).run(List.of(release(command.consumerUuid(), streams)), Map.of(), streams);
    }

    /** Several callers' claims and releases at once: one outcome per write (null: accepted). */
    @CommandHandler
    public List<RuntimeException> handle(ClaimBatch command) {
        BatchUsages batchUsages = new BatchUsages(usages);
        return new ClaimBatchHandling(
                        (emptying, batchDirectory) -> write(emptying, batchDirectory, batchUsages),
                        directory,
                        correlationData)
                .handle(command, batchUsages);
    }

    private AllocationWrite write(boolean emptyingAllocates) {
        return write(emptyingAllocates, directory, usages);
    }

    private AllocationWrite write(boolean emptyingAllocates, ClaimDirectory streams, ProviderUsages usedNow) {
        return new AllocationWrite(providers, consumers, streams, usedNow, catalog, emptyingAllocates);
    }

    /** DELETE /allocations/{consumer} as a claim of nothing; 404 when the consumer has no allocations. */
    static ConsumerClaim release(UUID consumer, Map<UUID, ConsumerStream> streams) {
        ConsumerStream stream = streams.get(consumer);
        if (stream == null || !stream.exists()) {
            throw new NotFoundException("No allocations for consumer '" + consumer + "'");
        }
        return new ConsumerClaim(consumer, null, null, null, false, null, Map.of());
    }

    static InvalidRequestException missingProvider(UUID provider) {
        return new InvalidRequestException("Allocation for resource provider '" + provider + "' that does not exist.");
    }

    static InvalidRequestException missingReshapedProvider(UUID provider) {
        return new InvalidRequestException(
                ErrorCodes.PROVIDER_NOT_FOUND, "Resource provider " + provider + " in inventories not found");
    }
}
