package io.inventoryledger.projections.allocation;

import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.core.consumer.ConsumerAllocationsDeleted;
import io.inventoryledger.core.consumer.ConsumerAllocationsReplaced;
import io.inventoryledger.core.consumer.ConsumerStreamId;
import io.inventoryledger.core.provider.ProviderAllocationsChanged;
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
import java.util.UUID;

/**
 * Keeps {@code consumers}, {@code allocations}, {@code consumer_incarnations} and {@code provider_usages}.
 * Idempotent: a consumer row and a provider row know the last event applied to them; older ones are skipped.
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
        jdbc.update("DELETE FROM " + tables.of("allocations") + " WHERE consumer_uuid = ?", event.consumerUuid());
        List<Object[]> rows = new ArrayList<>();
        event.allocations().forEach((provider, resources) -> resources.forEach((rc, used) ->
                rows.add(new Object[]{event.consumerUuid(), provider, rc, used})));
        jdbc.batchUpdate("INSERT INTO " + tables.of("allocations") + " (consumer_uuid, provider_uuid, resource_class,"
                + " used) VALUES (?, ?, ?, ?)", rows);
    }

    @EventHandler
    void on(ConsumerAllocationsDeleted event) {
        if (jdbc.update("DELETE FROM " + tables.of("consumers") + " WHERE uuid = ? AND incarnation = ?",
                event.consumerUuid(), event.incarnation()) > 0) {
            jdbc.update("DELETE FROM " + tables.of("allocations") + " WHERE consumer_uuid = ?", event.consumerUuid());
        }
    }

    @EventHandler
    void on(ProviderAllocationsChanged event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant time) {
        boolean advanced = jdbc.update("UPDATE " + tables.of("resource_providers")
                        + " SET generation = ?, updated_at = ? WHERE uuid = ? AND generation < ?",
                sequence, EventTimes.of(time), event.providerUuid(), sequence) > 0;
        if (advanced) {
            clearUsages(event.providerUuid());
            List<Object[]> rows = new ArrayList<>();
            event.used().forEach((rc, used) -> rows.add(new Object[]{event.providerUuid(), rc, used}));
            jdbc.batchUpdate("INSERT INTO " + tables.of("provider_usages") + " (provider_uuid, resource_class, used)"
                    + " VALUES (?, ?, ?)", rows);
        }
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
