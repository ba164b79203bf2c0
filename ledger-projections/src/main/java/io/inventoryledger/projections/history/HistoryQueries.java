package io.inventoryledger.projections.history;

import io.inventoryledger.core.consumer.ConsumerStreamId;
import io.inventoryledger.core.provider.ProviderAllocationsWritten;
import io.inventoryledger.core.provider.ProviderStreamId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Histories of providers and consumers (every incarnation of a uuid) and what one request changed, read from the
 * event store and folded in memory into entries with diffs.
 */
public class HistoryQueries {
    private final Incarnations incarnations;
    private final HistoryEvents events;

    public HistoryQueries(Incarnations incarnations, HistoryEvents events) {
        this.incarnations = incarnations;
        this.events = events;
    }

    /** Every change of the provider with this uuid, in order; empty when the uuid was never a provider's. */
    public Optional<List<HistoryEntry>> provider(UUID uuid) {
        List<String> streams = incarnations.providerStreams(uuid);
        if (streams.isEmpty()) {
            return Optional.empty();
        }
        List<RecordedEvent> own = events.ofStreams(streams);
        Set<UUID> consumers = new TreeSet<>();
        Set<String> writes = new HashSet<>();
        for (RecordedEvent event : own) {
            if (event.payload() instanceof ProviderAllocationsWritten written) {
                consumers.addAll(written.consumers().keySet());
                writes.add(event.context().correlationId());
            }
        }
        List<RecordedEvent> all = new ArrayList<>(own);
        all.addAll(events.ofStreams(incarnations.consumerStreams(consumers)));
        all.sort(Comparator.comparingLong(RecordedEvent::position));
        return Optional.of(ProviderHistoryFold.fold(uuid, all, writes));
    }

    /** Every change of the consumer with this uuid, in order; empty when the uuid was never a consumer's. */
    public Optional<List<HistoryEntry>> consumer(UUID uuid) {
        List<String> streams = incarnations.consumerStreams(Set.of(uuid));
        if (streams.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ConsumerHistoryFold.fold(uuid, events.ofStreams(streams)));
    }

    /**
     * Everything the request with this id (ours or the caller's global one) changed, in order: the entries of each
     * provider and consumer history made by its events, and its catalog events.
     */
    public List<HistoryEntry> request(String requestId) {
        List<RecordedEvent> made = events.ofRequest(requestId);
        Set<Long> positions = made.stream().map(RecordedEvent::position).collect(Collectors.toSet());
        Map<UUID, Boolean> subjects = new LinkedHashMap<>(); // uuid -> is a provider
        List<HistoryEntry> entries = new ArrayList<>();
        for (RecordedEvent event : made) {
            String stream = event.streamId();
            if (stream.startsWith(ConsumerStreamId.prefix())) {
                subjects.putIfAbsent(ConsumerStreamId.consumerOf(stream), false);
            } else if (ProviderStreamId.providerOf(stream).isPresent()) {
                subjects.putIfAbsent(ProviderStreamId.providerOf(stream).get(), true);
            } else {
                entries.add(CatalogEntries.of(event));
            }
        }
        subjects.forEach((uuid, provider) -> (provider ? provider(uuid) : consumer(uuid))
                .orElse(List.of()).stream()
                        .filter(entry -> positions.contains(entry.position()))
                        .forEach(entries::add));
        entries.sort(Comparator.comparingLong(HistoryEntry::position));
        return entries;
    }
}
