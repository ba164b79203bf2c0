package io.inventoryledger.core.allocation;

import io.inventoryledger.core.allocation.AllocationCommand.ReshapedInventory;
import io.inventoryledger.core.allocation.ClaimDirectory.ConsumerStream;
import io.inventoryledger.core.consumer.Consumer;
import io.inventoryledger.core.consumer.ConsumerClaim;
import io.inventoryledger.core.consumer.ConsumerStreamId;
import io.inventoryledger.core.provider.ProviderAllocationChange;
import io.inventoryledger.core.provider.ResourceProvider;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One allocation write inside the command's unit of work. Checks come in Placement's order (consumer
 * generations, providers, resource classes, then each provider's rules); events are applied aggregate
 * by aggregate in stream-id order, which is the order in which the event store's keys get locked.
 */
final class AllocationWrite {
    private final Repository<ResourceProvider> providers;
    private final Repository<Consumer> consumers;
    private final ClaimDirectory directory;
    private final ResourceClassCatalog catalog;
    /** stream id → the step that applies that aggregate's events; iterated in stream-id order. */
    private final Map<String, Runnable> steps = new TreeMap<>();

    AllocationWrite(Repository<ResourceProvider> providers, Repository<Consumer> consumers, ClaimDirectory directory,
                    ResourceClassCatalog catalog) {
        this.providers = providers;
        this.consumers = consumers;
        this.directory = directory;
        this.catalog = catalog;
    }

    void run(List<ConsumerClaim> claims, Map<UUID, ReshapedInventory> reshaped) {
        Map<UUID, Map<UUID, Map<String, Long>>> before = planConsumers(claims);
        Map<UUID, String> providerStreams = requireProviders(claims, before, reshaped);
        requireResourceClasses(claims);
        Map<UUID, Map<UUID, Map<String, Long>>> beforeByProvider = new HashMap<>();
        Map<UUID, Map<UUID, Map<String, Long>>> afterByProvider = new HashMap<>();
        for (ConsumerClaim claim : claims) {
            before.getOrDefault(claim.consumerUuid(), Map.of()).forEach((provider, resources) ->
                    beforeByProvider.computeIfAbsent(provider, p -> new HashMap<>()).put(claim.consumerUuid(), resources));
            claim.allocations().forEach((provider, resources) ->
                    afterByProvider.computeIfAbsent(provider, p -> new HashMap<>()).put(claim.consumerUuid(), resources));
        }
        Set<UUID> touched = new LinkedHashSet<>(beforeByProvider.keySet());
        touched.addAll(afterByProvider.keySet());
        touched.addAll(reshaped.keySet());
        for (UUID provider : touched) {
            ProviderAllocationChange change = beforeByProvider.containsKey(provider)
                    || afterByProvider.containsKey(provider)
                    ? new ProviderAllocationChange(beforeByProvider.getOrDefault(provider, Map.of()),
                    afterByProvider.getOrDefault(provider, Map.of()))
                    : null;
            ReshapedInventory inventory = reshaped.get(provider);
            String streamId = providerStreams.get(provider);
            steps.put(streamId, () -> {
                Aggregate<ResourceProvider> aggregate = loadProvider(provider, streamId, inventory);
                if (inventory != null) {
                    aggregate.execute(p -> p.reshape(inventory.inventories(), change, catalog));
                } else {
                    aggregate.execute(p -> p.changeAllocations(change));
                }
            });
        }
        steps.values().forEach(Runnable::run);
    }

    /** Loads the consumers, checks their generations in request order and plans their steps. */
    private Map<UUID, Map<UUID, Map<String, Long>>> planConsumers(List<ConsumerClaim> claims) {
        Map<UUID, ConsumerStream> streams = directory.consumerStreams(
                claims.stream().map(ConsumerClaim::consumerUuid).toList());
        Map<UUID, Map<UUID, Map<String, Long>>> before = new HashMap<>();
        for (ConsumerClaim claim : claims) {
            ConsumerStream stream = streams.get(claim.consumerUuid());
            if (stream.exists()) {
                Aggregate<Consumer> consumer = consumers.load(stream.streamId());
                consumer.execute(c -> c.requireGeneration(claim));
                before.put(claim.consumerUuid(), consumer.invoke(Consumer::allocations));
                steps.put(stream.streamId(), () -> consumer.execute(c -> c.replace(claim)));
            } else {
                Consumer.requireNewConsumerExpected(claim);
                if (!claim.removesAll()) {
                    steps.put(ConsumerStreamId.of(claim.consumerUuid(),
                            stream.incarnation()), () -> create(claim, stream.incarnation()));
                }
            }
        }
        return before;
    }

    private Map<UUID, String> requireProviders(List<ConsumerClaim> claims, Map<UUID, Map<UUID, Map<String, Long>>> before,
                                               Map<UUID, ReshapedInventory> reshaped) {
        Set<UUID> wanted = new LinkedHashSet<>(reshaped.keySet());
        claims.forEach(claim -> wanted.addAll(claim.allocations().keySet()));
        before.values().forEach(held -> wanted.addAll(held.keySet()));
        Map<UUID, String> streams = directory.providerStreams(wanted);
        for (UUID provider : reshaped.keySet()) {
            if (!streams.containsKey(provider)) {
                throw AllocationCommandHandler.missingReshapedProvider(provider);
            }
        }
        for (ConsumerClaim claim : claims) {
            for (UUID provider : claim.allocations().keySet()) {
                if (!streams.containsKey(provider)) {
                    throw AllocationCommandHandler.missingProvider(provider);
                }
            }
        }
        return streams;
    }

    private void requireResourceClasses(List<ConsumerClaim> claims) {
        for (ConsumerClaim claim : claims) {
            for (Map<String, Long> resources : claim.allocations().values()) {
                for (String resourceClass : resources.keySet()) {
                    if (!catalog.exists(resourceClass)) {
                        throw new UnknownResourceClassException(resourceClass);
                    }
                }
            }
        }
    }

    private Aggregate<ResourceProvider> loadProvider(UUID provider, String streamId, ReshapedInventory reshaped) {
        try {
            return reshaped == null ? providers.load(streamId) : providers.load(streamId, reshaped.expectedGeneration());
        } catch (AggregateNotFoundException deletedMeanwhile) {
            throw AllocationCommandHandler.missingProvider(provider);
        }
    }

    private void create(ConsumerClaim claim, int incarnation) {
        try {
            consumers.newInstance(() -> new Consumer(claim, incarnation));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not create consumer " + claim.consumerUuid(), e);
        }
    }
}
