package io.inventoryledger.app.ops;

import io.inventoryledger.core.consumer.Consumer;
import io.inventoryledger.core.provider.ResourceProvider;
import io.inventoryledger.projections.consistency.LedgerInventoryQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The operator's check that the ledger adds up, computed from the event history (the aggregates) and
 * compared with the read model: each provider's usage ({@code provider_usages}, which claims check
 * capacity against) is the sum of its consumers' current allocations as their streams record them, no
 * consumer is half-allocated (its allocation rows are exactly its stream's, on providers that exist), and
 * the read tables say the same as the events.
 */
@Component
public class ConsistencyCheck {
    private final Configuration axon;
    private final LedgerInventoryQueries queries;

    ConsistencyCheck(Configuration axon, LedgerInventoryQueries queries) {
        this.axon = axon;
        this.queries = queries;
    }

    public ConsistencyReport run() {
        Repository<ResourceProvider> providers = axon.repository(ResourceProvider.class);
        Repository<Consumer> consumers = axon.repository(Consumer.class);
        List<String> problems = new ArrayList<>();
        List<String> overCapacity = new ArrayList<>();
        Map<UUID, Map<String, Long>> heldByConsumers = new HashMap<>();
        Map<UUID, Map<String, Long>> rowsByConsumer = queries.allocationRowsByConsumer();
        int consumerCount = 0;
        for (String stream : queries.consumerStreamsInEventStore()) {
            Map<UUID, Map<String, Long>> held = read(consumers, stream, Consumer::allocations);
            if (held == null) {
                continue; // that incarnation ended
            }
            consumerCount++;
            UUID consumer = uuidOf(stream);
            Map<String, Long> flat = new HashMap<>();
            held.forEach((provider, resources) -> resources.forEach((rc, used) -> {
                heldByConsumers.computeIfAbsent(provider, p -> new TreeMap<>()).merge(rc, used, Long::sum);
                flat.put(provider + ":" + rc, used);
            }));
            if (!flat.equals(rowsByConsumer.getOrDefault(consumer, Map.of()))) {
                problems.add("consumer " + consumer + ": read model allocations " + rowsByConsumer.get(consumer)
                        + " differ from its events " + flat);
            }
            rowsByConsumer.remove(consumer);
        }
        rowsByConsumer.keySet().forEach(c -> problems.add("consumer " + c + " has allocation rows but no live stream"));
        Map<UUID, Map<String, Long>> usageRows = queries.providerUsages();
        Map<UUID, Map<String, Long>> allocationSums = queries.allocationSumsByProvider();
        Map<UUID, String> providerStreams = queries.providerStreams();
        for (Map.Entry<UUID, String> provider : providerStreams.entrySet()) {
            UUID uuid = provider.getKey();
            ResourceProvider state = read(providers, provider.getValue(), Function.identity());
            if (state == null) {
                problems.add("provider " + uuid + " is in the read model but its stream has ended");
                continue;
            }
            // The consumers' streams are the truth about allocations; the read model must say the same.
            Map<String, Long> used = new TreeMap<>(heldByConsumers.getOrDefault(uuid, Map.of()));
            if (!used.equals(new TreeMap<>(usageRows.getOrDefault(uuid, Map.of())))
                    || !used.equals(new TreeMap<>(allocationSums.getOrDefault(uuid, Map.of())))) {
                problems.add("provider " + uuid + ": read model usage " + usageRows.get(uuid) + " / allocation sums "
                        + allocationSums.get(uuid) + " differ from the sum of its consumers' allocations " + used);
            }
            Map<String, Long> capacities = state.capacities();
            used.forEach((rc, amount) -> {
                if (amount > capacities.getOrDefault(rc, 0L)) {
                    overCapacity.add("provider " + uuid + " " + rc + ": " + amount + " used of "
                            + capacities.getOrDefault(rc, 0L));
                }
            });
        }
        heldByConsumers.keySet().stream()
                .filter(p -> !providerStreams.containsKey(p))
                .forEach(p -> problems.add("allocations on provider " + p + ", which does not exist"));
        return new ConsistencyReport(problems.isEmpty(), providerStreams.size(), consumerCount, problems, overCapacity);
    }

    /** Loads an aggregate from its events (and snapshot) in a unit of work that stores nothing. */
    private static <T, R> R read(Repository<T> repository, String stream, Function<T, R> view) {
        DefaultUnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        try {
            return repository.load(stream).invoke(view);
        } catch (AggregateNotFoundException ended) {
            return null;
        } finally {
            uow.rollback();
        }
    }

    private static UUID uuidOf(String consumerStream) {
        String rest = consumerStream.substring("consumer/".length());
        return UUID.fromString(rest.length() > 36 ? rest.substring(0, 36) : rest);
    }
}
