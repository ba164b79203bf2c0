package io.inventoryledger.core.provider;

import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.trait.TraitCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

/** Placement's rules for a provider's traits and aggregates; a broken rule is a 400. */
final class ProviderTopologyRules {
    private ProviderTopologyRules() {}

    static void requireKnownTraits(Set<String> traits, TraitCatalog catalog) {
        SortedSet<String> unknown = catalog.unknownAmong(traits);
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("No such trait " + String.join(", ", unknown));
        }
    }

    static void requireDistinct(List<UUID> aggregates) {
        if (new HashSet<>(aggregates).size() != aggregates.size()) {
            throw new InvalidRequestException("JSON does not validate: " + aggregates + " has non-unique elements");
        }
    }
}
