package io.inventoryledger.projections.provider;

import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.core.provider.ProviderAggregatesReplaced;
import io.inventoryledger.core.provider.ProviderAggregatesReplacedUncounted;
import io.inventoryledger.core.provider.ProviderTraitsReplaced;
import io.inventoryledger.core.provider.ResourceProviderCreated;
import io.inventoryledger.core.provider.ResourceProviderDeleted;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps {@code provider_traits} and {@code provider_aggregates}. Events of the provider's own stream
 * move its generation (skipped when already applied); the uncounted aggregates event of its profile
 * stream does not.
 */
@ProcessingGroup(ProviderProjection.PROCESSING_GROUP)
public class ProviderTopologyProjection {
    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    public ProviderTopologyProjection(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @EventHandler
    void on(ProviderTraitsReplaced event, @SequenceNumber long sequence, @Timestamp Instant time) {
        if (ProviderGenerations.advance(jdbc, tables, event.providerUuid(), sequence, time)) {
            jdbc.update("DELETE FROM " + tables.of("provider_traits") + " WHERE provider_uuid = ?",
                    event.providerUuid());
            event.traits().stream().sorted().forEach(trait -> jdbc.update("INSERT INTO "
                    + tables.of("provider_traits") + " (provider_uuid, trait) VALUES (?, ?)", event.providerUuid(), trait));
        }
    }

    @EventHandler
    void on(ProviderAggregatesReplaced event, @SequenceNumber long sequence, @Timestamp Instant time) {
        if (ProviderGenerations.advance(jdbc, tables, event.providerUuid(), sequence, time)) {
            replaceAggregates(event.providerUuid(), event.aggregates());
        }
    }

    @EventHandler
    void on(ProviderAggregatesReplacedUncounted event, @Timestamp Instant time) {
        int current = jdbc.update("UPDATE " + tables.of("resource_providers") + " SET updated_at = ?"
                        + " WHERE uuid = ? AND incarnation = ?", EventTimes.of(time), event.providerUuid(),
                event.incarnation());
        if (current > 0) {
            replaceAggregates(event.providerUuid(), event.aggregates());
        }
    }

    @EventHandler
    void on(ResourceProviderCreated event) {
        clear(event.providerUuid());
    }

    @EventHandler
    void on(ResourceProviderDeleted event) {
        clear(event.providerUuid());
    }

    private void replaceAggregates(UUID provider, List<UUID> aggregates) {
        jdbc.update("DELETE FROM " + tables.of("provider_aggregates") + " WHERE provider_uuid = ?", provider);
        for (int i = 0; i < aggregates.size(); i++) {
            jdbc.update("INSERT INTO " + tables.of("provider_aggregates")
                    + " (provider_uuid, aggregate_uuid, position) VALUES (?, ?, ?)", provider, aggregates.get(i), i);
        }
    }

    private void clear(UUID provider) {
        jdbc.update("DELETE FROM " + tables.of("provider_traits") + " WHERE provider_uuid = ?", provider);
        jdbc.update("DELETE FROM " + tables.of("provider_aggregates") + " WHERE provider_uuid = ?", provider);
    }
}
