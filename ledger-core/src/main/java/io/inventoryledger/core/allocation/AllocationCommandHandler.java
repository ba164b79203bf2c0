package io.inventoryledger.core.allocation;

import io.inventoryledger.core.allocation.AllocationCommand.DeleteAllocations;
import io.inventoryledger.core.allocation.AllocationCommand.ReplaceAllocations;
import io.inventoryledger.core.allocation.AllocationCommand.Reshape;
import io.inventoryledger.core.allocation.ClaimDirectory.ConsumerStream;
import io.inventoryledger.core.consumer.Consumer;
import io.inventoryledger.core.consumer.ConsumerClaim;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import io.inventoryledger.core.provider.ResourceProvider;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Handles every allocation write as one unit of work: it loads each consumer and provider involved and
 * applies their events in the order of their stream ids, so that concurrent writes over the same
 * aggregates queue up instead of deadlocking. Any refusal stores nothing.
 */
public class AllocationCommandHandler {
    private final Repository<ResourceProvider> providers;
    private final Repository<Consumer> consumers;
    private final ClaimDirectory directory;
    private final ResourceClassCatalog catalog;

    public AllocationCommandHandler(Repository<ResourceProvider> providers, Repository<Consumer> consumers,
                                    ClaimDirectory directory, ResourceClassCatalog catalog) {
        this.providers = providers;
        this.consumers = consumers;
        this.directory = directory;
        this.catalog = catalog;
    }

    @CommandHandler
    public void handle(ReplaceAllocations command) {
        new AllocationWrite(providers, consumers, directory, catalog).run(command.claims(), Map.of());
    }

    @CommandHandler
    public void handle(Reshape command) {
        new AllocationWrite(providers, consumers, directory, catalog).run(command.claims(), command.inventories());
    }

    @CommandHandler
    public void handle(DeleteAllocations command) {
        ConsumerStream stream = directory.consumerStreams(List.of(command.consumerUuid()))
                .get(command.consumerUuid());
        if (stream == null || !stream.exists()) {
            throw new NotFoundException("No allocations for consumer '" + command.consumerUuid() + "'");
        }
        ConsumerClaim removeAll = new ConsumerClaim(command.consumerUuid(), null, null, null, false, null, Map.of());
        new AllocationWrite(providers, consumers, directory, catalog).run(List.of(removeAll), Map.of());
    }

    static InvalidRequestException missingProvider(UUID provider) {
        return new InvalidRequestException("Allocation for resource provider '" + provider + "' that does not exist.");
    }

    static InvalidRequestException missingReshapedProvider(UUID provider) {
        return new InvalidRequestException(ErrorCodes.PROVIDER_NOT_FOUND,
                "Resource provider " + provider + " in inventories not found");
    }
}
