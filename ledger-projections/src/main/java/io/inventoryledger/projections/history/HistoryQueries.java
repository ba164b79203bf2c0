package io.inventoryledger.projections.history;

import io.inventoryledger.core.consumer.ConsumerStreamId;
import io.inventoryledger.core.provider.ProviderAllocationsWritten;
import io.inventoryledger.core.provider.ProviderStreamId;
import io.inventoryledger.projections.schema.ReadModelTables;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Histories of providers and consumers (every incarnation of a uuid) and what one request changed, read from the
 * event store and folded in memory into entries with diffs.
 */
public class HistoryQueries {
    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;
    private final HistoryEvents events;

    public HistoryQueries(JdbcTemplate jdbc, ReadModelTables tables, HistoryEvents events) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.events = events;
    }

    /** Every change of the provider with this uuid, in order; empty when the uuid was never a provider's. */
    public Optional<List<HistoryEntry>> provider(UUID uuid) {
        int incarnations = lastIncarnation("provider_incarnations", uuid);
        if (incarnations == 0) {
            return Optional.empty();
        }
        List<String> streams = new ArrayList<>();
        for (int i = 1; i <= incarnations; i++) {
            String stream = ProviderStreamId.of(uuid, i);
            streams.add(stream);
            streams.add(ProviderStreamId.profileOf(stream));
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
        all.addAll(events.ofStreams(consumerStreams(consumers)));
        all.sort(Comparator.comparingLong(RecordedEvent::position));
        return Optional.of(ProviderHistoryFold.fold(uuid, all, writes));
    }

    /** Every change of the consumer with this uuid, in order; empty when the uuid was never a consumer's. */
    public Optional<List<HistoryEntry>> consumer(UUID uuid) {
        List<String> streams = consumerStreams(Set.of(uuid));
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
                .orElse(List.of())
                .stream()
                .filter(entry -> positions.contains(entry.position()))
                .forEach(entries::add));
        entries.sort(Comparator.comparingLong(HistoryEntry::position));
        return entries;
    }

    private List<String> consumerStreams(Set<UUID> consumers) {
        List<String> streams = new ArrayList<>();
        for (UUID consumer : consumers) {
            int incarnations = lastIncarnation("consumer_incarnations", consumer);
            for (int i = 1; i <= incarnations; i++) {
                streams.add(ConsumerStreamId.of(consumer, i));
            }
        }
        return streams;
    }

    private int lastIncarnation(String table, UUID uuid) {
        List<Integer> found = jdbc.queryForList(
                "SELECT incarnation FROM " + tables.of(table) + " WHERE uuid = ?", Integer.class, uuid);
        return found.isEmpty() ? 0 : found.get(0);
    }
}
