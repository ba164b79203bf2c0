package io.inventoryledger.projections.history;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The time-travel tables as the projection changes them ({@code history_provider_shapes},
 * {@code history_provider_usages}, {@code history_holdings}): over JDBC live, in memory for a bulk rebuild.
 */
public interface HistoryStateRows {
    /** The provider's last shape row, locked against a concurrent shape change of the same provider. */
    Optional<ProviderShape> lastShape(UUID provider);

    /**
     * Inserts the shape row unless one is at that position already (the event was applied); {@code generation}
     * null for changes Placement does not count in it.
     */
    void insertShape(UUID provider, long position, Instant time, ProviderShape shape, Long generation);

    boolean hasUsageAt(UUID provider, long position);

    /** The provider's usage after its last usage row (empty when none). */
    Map<String, Long> lastUsage(UUID provider);

    void insertUsage(UUID provider, long position, Instant time, Long generation, Map<String, Long> usages);

    /** What the consumer holds now: provider → class → used. */
    Map<UUID, Map<String, Long>> holdingsOf(UUID consumer);

    /** What these consumers hold on the provider now: consumer → class → used. */
    Map<UUID, Map<String, Long>> holdingsOn(UUID provider, Iterable<UUID> consumers);

    /**
     * The consumer's holding on the provider goes from {@code before} (as {@link #holdingsOn} or
     * {@link #holdingsOf} said; empty: nothing) to exactly {@code after} (empty: nothing).
     */
    void hold(UUID provider, UUID consumer, Map<String, Long> before, Map<String, Long> after);
}
