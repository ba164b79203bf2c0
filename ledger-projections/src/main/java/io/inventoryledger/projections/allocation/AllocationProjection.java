package io.inventoryledger.projections.allocation;

import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.core.consumer.ConsumerAllocationsDeleted;
import io.inventoryledger.core.consumer.ConsumerAllocationsReplaced;
import io.inventoryledger.core.consumer.ConsumerStreamId;
import io.inventoryledger.core.provider.ProviderAllocationsWritten;
import io.inventoryledger.core.provider.ResourceProviderCreated;
import io.inventoryledger.core.provider.ResourceProviderDeleted;
import io.inventoryledger.projections.provider.ProviderProjection;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keeps {@code consumers}, {@code allocations}, {@code consumer_incarnations} and {@code provider_usages}.
 * Idempotent: a consumer row and a provider row know the last event applied to them; older ones are skipped.
 *
 * <p>Usage follows the consumers' events: each applies the difference between the consumer's allocation
 * rows before and after as deltas ({@code used = used + delta}, in provider and class order), never as a
 * total computed from an earlier read, so concurrent writes on one provider cannot overwrite each other.
 */
@ProcessingGroup(ProviderProjection.PROCESSING_GROUP)
public class AllocationProjection {
    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    public AllocationProjection(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @EventHandler
    void on(ConsumerAllocationsReplaced event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant time) {
        long generation = sequence + 1;
        Timestamp at = EventTimes.of(time);
        if (generation > 1 && jdbc.update("UPDATE " + tables.of("consumers") + " SET project_id = ?, user_id = ?,"
                        + " consumer_type = ?, generation = ?, updated_at = ? WHERE uuid = ? AND incarnation = ?"
                        + " AND generation < ?", event.projectId(), event.userId(), event.consumerType(), generation, at,
                event.consumerUuid(), event.incarnation(), generation) > 0) {
            replaceAllocations(event.consumerUuid(), currentAllocations(event.consumerUuid()), event.allocations());
            return;
        }
        // Usually the incarnation's first write; a row that exists already means the event was applied already.
        if (jdbc.update("INSERT INTO " + tables.of("consumers") + " (uuid, stream_id, incarnation, project_id,"
                        + " user_id, consumer_type, generation, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                event.consumerUuid(), ConsumerStreamId.of(event.consumerUuid(), event.incarnation()),
                event.incarnation(), event.projectId(), event.userId(), event.consumerType(), generation, at, at) == 0) {
            return;
        }
        recordIncarnation(event.consumerUuid(), event.incarnation());
        // A new consumer row has no allocation rows yet (they go with the row).
        replaceAllocations(event.consumerUuid(), generation == 1 ? Map.of() : currentAllocations(event.consumerUuid()),
                event.allocations());
    }

    @EventHandler
    void on(ConsumerAllocationsDeleted event) {
        if (jdbc.update("DELETE FROM " + tables.of("consumers") + " WHERE uuid = ? AND incarnation = ?",
                event.consumerUuid(), event.incarnation()) > 0) {
            replaceAllocations(event.consumerUuid(), currentAllocations(event.consumerUuid()), Map.of());
        }
    }

    /** The consumer's allocation rows as usage deltas that would remove them. */
    private Map<UsageKey, Long> currentAllocations(UUID consumer) {
        Map<UsageKey, Long> held = new TreeMap<>();
        jdbc.query("SELECT provider_uuid, resource_class, used FROM " + tables.of("allocations")
                        + " WHERE consumer_uuid = ?",
                rs -> {
                    held.merge(new UsageKey(rs.getObject("provider_uuid", UUID.class), rs.getString("resource_class")),
                            -rs.getLong("used"), Long::sum);
                }, consumer);
        return held;
    }

    /**
     * The consumer's allocation rows become {@code after}; provider usages move by the difference from
     * {@code removing} (its rows now, as negative amounts; none for a new consumer).
     */
    private void replaceAllocations(UUID consumer, Map<UsageKey, Long> removing, Map<UUID, Map<String, Long>> after) {
        Map<UsageKey, Long> deltas = new TreeMap<>(removing);
        if (!removing.isEmpty()) {
            jdbc.update("DELETE FROM " + tables.of("allocations") + " WHERE consumer_uuid = ?", consumer);
        }
        List<Object[]> rows = new ArrayList<>();
        after.forEach((provider, resources) -> resources.forEach((rc, used) -> {
            rows.add(new Object[]{consumer, provider, rc, used});
            deltas.merge(new UsageKey(provider, rc), used, Long::sum);
        }));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + tables.of("allocations") + " (consumer_uuid, provider_uuid,"
                    + " resource_class, used) VALUES (?, ?, ?, ?)", rows);
        }
        deltas.values().removeIf(delta -> delta == 0);
        addUsages(deltas);
    }

    /**
     * Moves usage rows by their deltas, in key order, one batch per kind of statement. A row is only ever
     * created by a claim, which holds the provider's claim lock, so two transactions cannot both insert it;
     * a row that reaches zero goes.
     */
    private void addUsages(Map<UsageKey, Long> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        String usages = tables.of("provider_usages");
        List<Map.Entry<UsageKey, Long>> moves = new ArrayList<>(deltas.entrySet());
        int[] updated = jdbc.batchUpdate("UPDATE " + usages + " SET used = used + ? WHERE provider_uuid = ?"
                + " AND resource_class = ?", moves.stream().map(move -> new Object[]{
                        move.getValue(), move.getKey().provider(), move.getKey().resourceClass()}).toList());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> lowered = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            UsageKey key = moves.get(i).getKey();
            long delta = moves.get(i).getValue();
            if (updated[i] == 0) {
                inserts.add(new Object[]{key.provider(), key.resourceClass(), delta});
            } else if (delta < 0) {
                lowered.add(new Object[]{key.provider(), key.resourceClass()});
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + usages + " (provider_uuid, resource_class, used) VALUES (?, ?, ?)", inserts);
        }
        if (!lowered.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM " + usages + " WHERE provider_uuid = ? AND resource_class = ? AND used = 0",
                    lowered);
        }
    }

    /** A usage row's key, ordered as the rows are locked: by provider (as PostgreSQL orders uuids), then class. */
    private record UsageKey(UUID provider, String resourceClass) implements Comparable<UsageKey> {
        @Override
        public int compareTo(UsageKey other) {
            int byProvider = provider.toString().compareTo(other.provider.toString());
            return byProvider != 0 ? byProvider : resourceClass.compareTo(other.resourceClass);
        }
    }

    /** Only the provider's generation moves: usage follows the consumers' events. */
    @EventHandler
    void on(ProviderAllocationsWritten event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant time) {
        jdbc.update("UPDATE " + tables.of("resource_providers") + " SET generation = ?, updated_at = ?"
                + " WHERE uuid = ? AND generation < ?", sequence, EventTimes.of(time), event.providerUuid(), sequence);
    }

    @EventHandler
    void on(ResourceProviderCreated event) {
        clearUsages(event.providerUuid());
    }

    @EventHandler
    void on(ResourceProviderDeleted event) {
        clearUsages(event.providerUuid());
    }

    private void clearUsages(UUID provider) {
        jdbc.update("DELETE FROM " + tables.of("provider_usages") + " WHERE provider_uuid = ?", provider);
    }

    private void recordIncarnation(UUID consumer, int incarnation) {
        if (incarnation == 1) {
            jdbc.update("INSERT INTO " + tables.of("consumer_incarnations") + " (uuid, incarnation) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING", consumer, incarnation);
        } else if (jdbc.update("UPDATE " + tables.of("consumer_incarnations") + " SET incarnation = ? WHERE uuid = ?",
                incarnation, consumer) == 0) {
            jdbc.update("INSERT INTO " + tables.of("consumer_incarnations") + " (uuid, incarnation) VALUES (?, ?)",
                    consumer, incarnation);
        }
    }
}
