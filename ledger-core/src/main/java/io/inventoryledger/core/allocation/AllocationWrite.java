package io.inventoryledger.core.allocation;

import io.inventoryledger.core.allocation.AllocationCommand.ReshapedInventory;
import io.inventoryledger.core.allocation.ClaimDirectory.ConsumerStream;
import io.inventoryledger.core.consumer.Consumer;
import io.inventoryledger.core.consumer.ConsumerClaim;
import io.inventoryledger.core.consumer.ConsumerStreamId;
import io.inventoryledger.core.provider.ProviderAllocationChange;
import io.inventoryledger.core.provider.ProviderUsages;
import io.inventoryledger.core.provider.ResourceProvider;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * One allocation write inside the command's unit of work. It first takes the claim locks of every provider
 * whose usage it may change, then checks in Placement's order (consumer generations, providers, resource
 * classes, then each provider's rules) and applies events aggregate by aggregate in stream-id order.
 * Checking ({@link #prepare}) loads every aggregate and applies nothing, so that a write refused inside a batch
 * of writes ({@link ClaimBatchHandling}) leaves the aggregates the batch shares untouched; a reshape is never
 * batched, and checks its providers as it applies.
 *
 * <p>Which providers get an event is Placement's: those the write allocates against, that is every
 * provider in a consumer's new allocations and, for a write that empties a consumer, the providers it held
 * (Placement lists those allocations with amount 0). A consumer moving away from a provider, and
 * DELETE /allocations/{consumer} ({@code emptyingAllocates} false), leave that provider's stream alone:
 * the consumer's own event records the release.
 */
final class AllocationWrite {
    private final Repository<ResourceProvider> providers;
    private final Repository<Consumer> consumers;
    private final ClaimDirectory directory;
    private final ProviderUsages usages;
    private final ResourceClassCatalog catalog;
    private final boolean emptyingAllocates;
    /** stream id → the step that applies that aggregate's events; iterated in stream-id order. */
    private final Map<String, Runnable> steps = new TreeMap<>();
    /** provider → resource class → how much this write changes its usage. */
    private final Map<UUID, Map<String, Long>> usageChange = new HashMap<>();

    AllocationWrite(
            Repository<ResourceProvider> providers,
            Repository<Consumer> consumers,
            ClaimDirectory directory,
            ProviderUsages usages,
            ResourceClassCatalog catalog,
            boolean emptyingAllocates) {
        this.providers = providers;
        this.consumers = consumers;
        this.directory = directory;
        this.usages = usages;
        this.catalog = catalog;
        this.emptyingAllocates = emptyingAllocates;
    }

    void run(List<ConsumerClaim> claims, Map<UUID, ReshapedInventory> reshaped) {
        run(
                claims,
                reshaped,
                directory.consumerStreams(
                        claims.stream().map(ConsumerClaim::consumerUuid).toList()));
    }

    /** As {@link #run(List, Map)}, with the claims' consumer streams looked up already. */
    void run(List<ConsumerClaim> claims, Map<UUID, ReshapedInventory> reshaped, Map<UUID, ConsumerStream> streams) {
        lockProviders(directory, claims, streams, reshaped.keySet());
        prepare(claims, reshaped, streams);
        apply();
    }

    /** Applies the events of a prepared write, aggregate by aggregate in stream-id order. */
    void apply() {
        steps.values().forEach(Runnable::run);
    }

    /** Per provider and resource class, how much the prepared write changes the provider's usage. */
    Map<UUID, Map<String, Long>> usageChange() {
        return usageChange;
    }

    /**
     * Loads every aggregate of the write and checks it, applying nothing but a reshape's provider steps, which
     * check as they apply. The claim locks must be held already.
     */
    void prepare(List<ConsumerClaim> claims, Map<UUID, ReshapedInventory> reshaped, Map<UUID, ConsumerStream> streams) {
        Map<UUID, Map<UUID, Map<String, Long>>> before = planConsumers(claims, streams);
        Map<UUID, Map<UUID, Map<String, Long>>> beforeByProvider = new HashMap<>();
        Map<UUID, Map<UUID, Map<String, Long>>> afterByProvider = new HashMap<>();
        Set<UUID> allocatedAgainst = new LinkedHashSet<>();
        for (ConsumerClaim claim : claims) {
            Map<UUID, Map<String, Long>> held = before.getOrDefault(claim.consumerUuid(), Map.of());
            held.forEach((provider, resources) -> beforeByProvider
                    .computeIfAbsent(provider, p -> new HashMap<>())
                    .put(claim.consumerUuid(), resources));
            claim.allocations()
                    .forEach((provider, resources) -> afterByProvider
                            .computeIfAbsent(provider, p -> new HashMap<>())
                            .put(claim.consumerUuid(), resources));
            allocatedAgainst.addAll(claim.allocations().keySet());
            if (claim.removesAll() && emptyingAllocates) {
                allocatedAgainst.addAll(held.keySet());
            }
            held.forEach((provider, resources) -> changeUsage(provider, resources, -1));
            claim.allocations().forEach((provider, resources) -> changeUsage(provider, resources, 1));
        }
        Set<UUID> touched = new LinkedHashSet<>(allocatedAgainst);
        touched.addAll(reshaped.keySet());
        Map<UUID, String> providerStreams = requireProviders(claims, touched, reshaped);
        requireResourceClasses(claims);
        Map<String, UUID> byStream = new TreeMap<>();
        for (UUID provider : touched) {
            String streamId = providerStreams.get(provider);
            if (streamId != null) { // else held by an emptied consumer but gone: nothing to write there
                byStream.put(streamId, provider);
            }
        }
        byStream.forEach((streamId, provider) -> {
            ProviderAllocationChange change = new ProviderAllocationChange(
                    beforeByProvider.getOrDefault(provider, Map.of()),
                    afterByProvider.getOrDefault(provider, Map.of()));
            boolean allocatesHere = allocatedAgainst.contains(provider);
            ReshapedInventory inventory = reshaped.get(provider);
            if (inventory != null) {
                steps.put(
                        streamId,
                        () -> loadProvider(provider, streamId, inventory)
                                .execute(p ->
                                        p.reshape(inventory.inventories(), change, allocatesHere, usages, catalog)));
            } else {
                Aggregate<ResourceProvider> aggregate = loadProvider(provider, streamId, null);
                aggregate.execute(p -> p.checkAllocation(change, usages));
                steps.put(streamId, () -> aggregate.execute(p -> p.recordAllocation(change)));
            }
        });
    }

    private void changeUsage(UUID provider, Map<String, Long> resources, int sign) {
        Map<String, Long> change = usageChange.computeIfAbsent(provider, p -> new HashMap<>());
        resources.forEach((rc, amount) -> change.merge(rc, sign * amount, Long::sum));
    }

    /**
     * Locks every provider whose usage these writes may change, before any aggregate is loaded: those they
     * name and those their consumers hold now (as the read model says; a consumer changed meanwhile makes
     * the write lose on the consumer's stream key and retry). Returns the providers locked.
     */
    static Set<UUID> lockProviders(
            ClaimDirectory directory,
            List<ConsumerClaim> claims,
            Map<UUID, ConsumerStream> streams,
            Collection<UUID> reshaped) {
        Set<UUID> providersToLock = new HashSet<>(reshaped);
        claims.forEach(claim -> providersToLock.addAll(claim.allocations().keySet()));
        Collection<UUID> existing = streams.entrySet().stream()
                .filter(e -> e.getValue().exists())
                .map(Map.Entry::getKey)
                .toList();
        if (!existing.isEmpty()) {
            providersToLock.addAll(directory.providersHeldBy(existing));
        }
        directory.lockProviders(providersToLock);
        return providersToLock;
    }

    /** Loads the consumers, checks their generations in request order and plans their steps. */
    private Map<UUID, Map<UUID, Map<String, Long>>> planConsumers(
            List<ConsumerClaim> claims, Map<UUID, ConsumerStream> streams) {
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
                    steps.put(
                            ConsumerStreamId.of(claim.consumerUuid(), stream.incarnation()),
                            () -> create(claim, stream.incarnation()));
                }
            }
        }
        return before;
    }

    private Map<UUID, String> requireProviders(
            List<ConsumerClaim> claims, Set<UUID> touched, Map<UUID, ReshapedInventory> reshaped) {
        Map<UUID, String> streams = directory.providerStreams(touched);
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
            return reshaped == null
                    ? providers.load(streamId)
                    : providers.load(streamId, reshaped.expectedGeneration());
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
