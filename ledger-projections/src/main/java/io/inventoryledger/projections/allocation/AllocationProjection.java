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
        int updated = jdbc.update("UPDATE " + tables.of("consumers") + " SET project_id = ?, user_id = ?,"
                        + " consumer_type = ?, generation = ?, updated_at = ? WHERE uuid = ? AND incarnation = ?"
                        + " AND generation < ?", event.projectId(), event.userId(), event.consumerType(), generation, at,
                event.consumerUuid(), event.incarnation(), generation);
        if (updated == 0) {
            if (consumerExists(event.consumerUuid())) {
                return; // applied already
            }
            jdbc.update("INSERT INTO " + tables.of("consumers") + " (uuid, stream_id, incarnation, project_id, user_id,"
                            + " consumer_type, generation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    event.consumerUuid(), ConsumerStreamId.of(event.consumerUuid(), event.incarnation()),
                    event.incarnation(), event.projectId(), event.userId(), event.consumerType(), generation, at, at);
            recordIncarnation(event.consumerUuid(), event.incarnation());
        }
        replaceAllocations(event.consumerUuid(), event.allocations());
    }

    @EventHandler
    void on(ConsumerAllocationsDeleted event) {
        if (jdbc.update("DELETE FROM " + tables.of("consumers") + " WHERE uuid = ? AND incarnation = ?",
                event.consumerUuid(), event.incarnation()) > 0) {
            replaceAllocations(event.consumerUuid(), Map.of());
        }
    }

    /** The consumer's allocation rows become {@code after}; provider usages move by the difference. */
    private void replaceAllocations(UUID consumer, Map<UUID, Map<String, Long>> after) {
        Map<UsageKey, Long> deltas = new TreeMap<>();
        jdbc.query("SELECT provider_uuid, resource_class, used FROM " + tables.of("allocations")
                        + " WHERE consumer_uuid = ?",
                rs -> {
                    deltas.merge(new UsageKey(rs.getObject("provider_uuid", UUID.class), rs.getString("resource_class")),
                            -rs.getLong("used"), Long::sum);
                }, consumer);
        jdbc.update("DELETE FROM " + tables.of("allocations") + " WHERE consumer_uuid = ?", consumer);
        List<Object[]> rows = new ArrayList<>();
        after.forEach((provider, resources) -> resources.forEach((rc, used) -> {
            rows.add(new Object[]{consumer, provider, rc, used});
            deltas.merge(new UsageKey(provider, rc), used, Long::sum);
        }));
        jdbc.batchUpdate("INSERT INTO " + tables.of("allocations") + " (consumer_uuid, provider_uuid, resource_class,"
                + " used) VALUES (?, ?, ?, ?)", rows);
        deltas.values().removeIf(delta -> delta == 0);
        deltas.forEach(this::addUsage);
    }

    /**
     * Moves one usage row by {@code delta}. The row is only ever created by a claim, which holds the
     * provider's claim lock, so two transactions cannot both insert it; a row that reaches zero goes.
     */
    private void addUsage(UsageKey key, long delta) {
        String usages = tables.of("provider_usages");
        int updated = jdbc.update("UPDATE " + usages + " SET used = used + ? WHERE provider_uuid = ? AND resource_class = ?",
                delta, key.provider(), key.resourceClass());
        if (updated == 0) {
            jdbc.update("INSERT INTO " + usages + " (provider_uuid, resource_class, used) VALUES (?, ?, ?)",
                    key.provider(), key.resourceClass(), delta);
        } else {
            jdbc.update("DELETE FROM " + usages + " WHERE provider_uuid = ? AND resource_class = ? AND used = 0",
                    key.provider(), key.resourceClass());
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

    private boolean consumerExists(UUID consumer) {
        return !jdbc.queryForList("SELECT 1 FROM " + tables.of("consumers") + " WHERE uuid = ?", Integer.class,
                consumer).isEmpty();
    }

    private void recordIncarnation(UUID consumer, int incarnation) {
        if (jdbc.update("UPDATE " + tables.of("consumer_incarnations") + " SET incarnation = ? WHERE uuid = ?",
                incarnation, consumer) == 0) {
            jdbc.update("INSERT INTO " + tables.of("consumer_incarnations") + " (uuid, incarnation) VALUES (?, ?)",
                    consumer, incarnation);
        }
    }
}
