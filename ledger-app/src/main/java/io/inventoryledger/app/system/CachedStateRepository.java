package io.inventoryledger.app.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * An event-sourcing repository that keeps each aggregate's last committed state in memory, as an in-memory
 * snapshot, and loads the aggregate as that snapshot followed by the events stored after it. Loading still
 * reads the event store every time, so writes made by other nodes are applied, and the state is exactly what
 * a replay gives: an entry is only a snapshot, never an answer. The read starts at the entry's own last event
 * and the entry is used only if the store still holds that very event (by identifier); otherwise (the ledger
 * was emptied and written again) it is dropped and the aggregate is loaded the usual way.
 *
 * <p>Entries are serialized with the snapshot serializer, so every load gets its own copy; one is stored only
 * after its unit of work committed, and a deleted aggregate's entry goes.
 */
final class CachedStateRepository<T> extends EventSourcingRepository<T> {
    private final EventStore eventStore;
    private final Serializer serializer;
    private final String type;
    private final String lastEventsKey;
    private final Cache<String, CachedState> states;

    private CachedStateRepository(Builder<T> builder, EventStore eventStore, Serializer serializer, long maxEntries) {
        super(builder);
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.type = aggregateModel().type();
        this.lastEventsKey = CachedStateRepository.class.getName() + "/" + type;
        this.states = Caffeine.newBuilder().maximumSize(maxEntries).build();
        eventStore.registerDispatchInterceptor(messages -> (index, message) -> {
            rememberLastEvent(message);
            return message;
        });
    }

    static <T> CachedStateRepository<T> create(
            Class<T> aggregateType,
            Configuration configuration,
            SnapshotTriggerDefinition snapshotTrigger,
            long maxEntries) {
        Builder<T> builder = EventSourcingRepository.builder(aggregateType)
                .eventStore(configuration.eventStore())
                .parameterResolverFactory(configuration.parameterResolverFactory())
                .handlerDefinition(configuration.handlerDefinition(aggregateType))
                .snapshotTriggerDefinition(snapshotTrigger)
                .repositoryProvider(configuration::repository);
        return new CachedStateRepository<>(builder, configuration.eventStore(), configuration.serializer(), maxEntries);
    }

    @Override
    protected DomainEventStream readEvents(String aggregateIdentifier) {
        CachedState cached = states.getIfPresent(aggregateIdentifier);
        if (cached == null) {
            return super.readEvents(aggregateIdentifier);
        }
        DomainEventStream stored = eventStore.readEvents(aggregateIdentifier, cached.sequence());
        if (!stored.hasNext() || !stored.peek().getIdentifier().equals(cached.lastEventId())) {
            states.invalidate(aggregateIdentifier);
            return super.readEvents(aggregateIdentifier);
        }
        stored.next(); // the entry's own last event: already in its state
        T root = serializer.deserialize(cached.state());
        DomainEventMessage<T> snapshot =
                new GenericDomainEventMessage<>(type, aggregateIdentifier, cached.sequence(), root);
        return DomainEventStream.concat(DomainEventStream.of(snapshot), stored);
    }

    @Override
    protected void doSaveWithLock(EventSourcedAggregate<T> aggregate) {
        super.doSaveWithLock(aggregate);
        // The aggregate's events are dispatched after this point, and its lock is held until clean-up.
        CurrentUnitOfWork.get()
                .afterCommit(u -> remember(aggregate, lastEvents(u).get(aggregate.identifierAsString())));
    }

    private void remember(EventSourcedAggregate<T> aggregate, DomainEventMessage<?> lastEvent) {
        Long version = aggregate.version();
        if (lastEvent == null || version == null || lastEvent.getSequenceNumber() != version) {
            return; // nothing written here (an entry, if any, still holds), or not the state after lastEvent
        }
        states.put(
                aggregate.identifierAsString(),
                new CachedState(
                        version,
                        lastEvent.getIdentifier(),
                        serializer.serialize(aggregate.getAggregateRoot(), byte[].class)));
    }

    @Override
    protected void doDeleteWithLock(EventSourcedAggregate<T> aggregate) {
        super.doDeleteWithLock(aggregate);
        String id = aggregate.identifierAsString();
        states.invalidate(id);
        CurrentUnitOfWork.get().afterCommit(u -> states.invalidate(id));
    }

    /** Notes, per aggregate of this type, the last event applied in the unit of work. */
    private void rememberLastEvent(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> event
                && type.equals(event.getType())
                && CurrentUnitOfWork.isStarted()) {
            lastEvents(CurrentUnitOfWork.get()).put(event.getAggregateIdentifier(), event);
        }
    }

    private Map<String, DomainEventMessage<?>> lastEvents(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(lastEventsKey, key -> new HashMap<>());
    }

    /** An aggregate's state after its event {@code sequence}, whose identifier is {@code lastEventId}. */
    private record CachedState(long sequence, String lastEventId, SerializedObject<byte[]> state) {}
}
