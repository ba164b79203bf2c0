package io.inventoryledger.projections.consistency;

import io.inventoryledger.core.consumer.Consumer;
import io.inventoryledger.core.consumer.ConsumerStreamId;
import io.inventoryledger.core.provider.ResourceProvider;
import io.inventoryledger.projections.consistency.ConsistencyReport.Kind;
import io.inventoryledger.projections.consistency.ConsistencyReport.Problem;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.lock.NullLockFactory;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operator's check that the ledger adds up, computed from the event history (the aggregates) and compared with
 * the read model: each provider's usage ({@code provider_usages}, which claims check capacity against) is the sum of
 * its consumers' current allocations as their streams record them, no consumer is half-allocated (its allocation
 * rows are exactly its stream's, on providers that exist), and the read tables say the same as the events.
 *
 * <p>Everything is read in one repeatable-read, read-only transaction: the event store (aggregate loads take the
 * transaction's connection) and the read tables are seen at one point of the history, so writes running meanwhile
 * cannot show up as differences. Axon rolls back the connection of the unit of work that first asked for it: the
 * check's root unit of work asks first, and each load runs in a nested one, so that no load ends the snapshot.
 *
 * <p>The aggregates are loaded through repositories of the check's own that take no aggregate lock: the snapshot
 * needs none, and the command side's locks, held until the check's root unit of work ended, made claims running
 * meanwhile deadlock with it.
 */
public class ConsistencyCheck {
    private final Repository<ResourceProvider> providers;
    private final Repository<Consumer> consumers;
    private final LedgerInventoryQueries queries;
    private final ConnectionProvider connections;
    private final TransactionTemplate snapshot;

    public ConsistencyCheck(
            Configuration axon,
            LedgerInventoryQueries queries,
            ConnectionProvider connections,
            PlatformTransactionManager transactions) {
        this.providers = unlocked(ResourceProvider.class, axon);
        this.consumers = unlocked(Consumer.class, axon);
        this.queries = queries;
        this.connections = connections;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    public ConsistencyReport run() {
        return snapshot.execute(status -> {
            DefaultUnitOfWork<?> root = DefaultUnitOfWork.startAndGet(null);
            try {
                connections.getConnection(); // the snapshot's connection, now held by the root unit of work
                return check();
            } catch (SQLException e) {
                throw new IllegalStateException("The consistency check could not read the event store", e);
            } finally {
                root.rollback(); // stores nothing; ends the snapshot's transaction with it
            }
        });
    }

    private static <T> Repository<T> unlocked(Class<T> aggregateType, Configuration axon) {
        return EventSourcingRepository.builder(aggregateType)
                .eventStore(axon.eventStore())
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(aggregateType))
                .lockFactory(NullLockFactory.INSTANCE)
                .build();
    }

    private ConsistencyReport check() {
        List<Problem> problems = new ArrayList<>();
        List<Problem> overCapacity = new ArrayList<>();
        Map<UUID, Map<String, Long>> heldByConsumers = new HashMap<>();
        Map<UUID, Map<String, Long>> rowsByConsumer = queries.allocationRowsByConsumer();
        int consumerCount = 0;
        for (String stream : queries.consumerStreamsInEventStore()) {
            Map<UUID, Map<String, Long>> held = read(consumers, stream, Consumer::allocations);
            if (held == null) {
                continue; // that incarnation ended
            }
            consumerCount++;
            UUID consumer = ConsumerStreamId.consumerOf(stream);
            Map<String, Long> flat = new HashMap<>();
            held.forEach((provider, resources) -> resources.forEach((rc, used) -> {
                heldByConsumers.computeIfAbsent(provider, p -> new TreeMap<>()).merge(rc, used, Long::sum);
                flat.put(provider + ":" + rc, used);
            }));
            Map<String, Long> rows = rowsByConsumer.getOrDefault(consumer, Map.of());
            if (!flat.equals(rows)) {
                problems.add(new Problem(
                        Kind.CONSUMER_ALLOCATIONS_DIFFER,
                        consumer.toString(),
                        "read model allocations " + new TreeMap<>(rows) + " differ from its events "
                                + new TreeMap<>(flat)));
            }
            rowsByConsumer.remove(consumer);
        }
        rowsByConsumer.forEach((consumer, rows) -> problems.add(new Problem(
                Kind.ORPHAN_ALLOCATIONS,
                consumer.toString(),
                "allocation rows " + new TreeMap<>(rows) + " but no live stream")));
        Map<UUID, Map<String, Long>> usageRows = queries.providerUsages();
        Map<UUID, Map<String, Long>> allocationSums = queries.allocationSumsByProvider();
        Map<UUID, String> providerStreams = queries.providerStreams();
        for (Map.Entry<UUID, String> provider : new TreeMap<>(providerStreams).entrySet()) {
            UUID uuid = provider.getKey();
            ResourceProvider state = read(providers, provider.getValue(), Function.identity());
            if (state == null) {
                problems.add(new Problem(
                        Kind.PROVIDER_STREAM_ENDED, uuid.toString(), "in the read model but its stream has ended"));
                continue;
            }
            // The consumers' streams are the truth about allocations; the read model must say the same.
            Map<String, Long> used = new TreeMap<>(heldByConsumers.getOrDefault(uuid, Map.of()));
            Map<String, Long> usage = new TreeMap<>(usageRows.getOrDefault(uuid, Map.of()));
            Map<String, Long> sums = new TreeMap<>(allocationSums.getOrDefault(uuid, Map.of()));
            if (!used.equals(usage) || !used.equals(sums)) {
                problems.add(new Problem(
                        Kind.PROVIDER_USAGE_DIFFERS,
                        uuid.toString(),
                        "read model usage " + usage + " / allocation sums " + sums
                                + " differ from the sum of its consumers' allocations " + used));
            }
            Map<String, Long> capacities = state.capacities();
            used.forEach((rc, amount) -> {
                long capacity = capacities.getOrDefault(rc, 0L);
                if (amount > capacity) {
                    overCapacity.add(new Problem(
                            Kind.OVER_CAPACITY, uuid.toString(), rc + ": " + amount + " used of " + capacity));
                }
            });
        }
        new TreeMap<>(heldByConsumers)
                .keySet().stream()
                        .filter(p -> !providerStreams.containsKey(p))
                        .forEach(p -> problems.add(new Problem(
                                Kind.ALLOCATIONS_ON_UNKNOWN_PROVIDER,
                                p.toString(),
                                "consumers hold allocations on it, the read model has no such provider")));
        return new ConsistencyReport(problems.isEmpty(), providerStreams.size(), consumerCount, problems, overCapacity);
    }

    /** Loads an aggregate from its events (and snapshot) in a nested unit of work that stores nothing. */
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
}
