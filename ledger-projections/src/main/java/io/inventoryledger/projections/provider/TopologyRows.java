package io.inventoryledger.projections.provider;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The topology projection's tables ({@code provider_traits}, {@code provider_aggregates}): JDBC or memory. */
public interface TopologyRows {
    void replaceTraits(UUID provider, Collection<String> traits);

    /** The provider's aggregates become {@code aggregates}, each at its position in the list. */
    void replaceAggregates(UUID provider, List<UUID> aggregates);

    /** No traits and no aggregates for {@code provider} any more. */
    void clear(UUID provider);
}
