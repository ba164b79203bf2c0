package io.inventoryledger.projections.provider;

import io.inventoryledger.core.provider.ProviderAggregatesReplaced;
import io.inventoryledger.core.provider.ProviderAggregatesReplacedUncounted;
import io.inventoryledger.core.provider.ProviderTraitsReplaced;
import io.inventoryledger.core.provider.ResourceProviderCreated;
import io.inventoryledger.core.provider.ResourceProviderDeleted;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code provider_traits} and {@code provider_aggregates}. Events of the provider's own stream
 * move its generation (skipped when already applied); the uncounted aggregates event of its profile
 * stream does not.
 */
@ProcessingGroup(ProviderProjection.PROCESSING_GROUP)
public class ProviderTopologyProjection {
    /** How a rebuild makes this projection over other tables (or in memory), and the tables it owns. */
    public static final ProjectionDefinition DEFINITION = new ProjectionDefinition(
            "provider-topology",
            ProviderTopologyProjection.class,
            List.of("provider_traits", "provider_aggregates"),
            ProviderTopologyProjection::new,
            model -> new ProviderTopologyProjection(
                    model.store(MemoryProviderRows.class, MemoryProviderRows::new),
                    model.store(MemoryTopologyRows.class, MemoryTopologyRows::new)));

    private final ProviderRows providers;
    private final TopologyRows rows;

    public ProviderTopologyProjection(JdbcTemplate jdbc, ReadModelTables tables) {
        this(new JdbcProviderRows(jdbc, tables), new JdbcTopologyRows(jdbc, tables));
    }

    public ProviderTopologyProjection(ProviderRows providers, TopologyRows rows) {
        this.providers = providers;
        this.rows = rows;
    }

    @EventHandler
    void on(ProviderTraitsReplaced event, @SequenceNumber long sequence, @Timestamp Instant time) {
        if (providers.advance(event.providerUuid(), sequence, time)) {
            rows.replaceTraits(event.providerUuid(), event.traits());
        }
    }

    @EventHandler
    void on(ProviderAggregatesReplaced event, @SequenceNumber long sequence, @Timestamp Instant time) {
        if (providers.advance(event.providerUuid(), sequence, time)) {
            rows.replaceAggregates(event.providerUuid(), event.aggregates());
        }
    }

    @EventHandler
    void on(ProviderAggregatesReplacedUncounted event, @Timestamp Instant time) {
        if (providers.touch(event.providerUuid(), event.incarnation(), time)) {
            rows.replaceAggregates(event.providerUuid(), event.aggregates());
        }
    }

    @EventHandler
    void on(ResourceProviderCreated event) {
        rows.clear(event.providerUuid());
    }

    @EventHandler
    void on(ResourceProviderDeleted event) {
        rows.clear(event.providerUuid());
    }
}
