package io.inventoryledger.projections.provider;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What GET /resource_providers asks for; every part is optional (null or empty: no filter).
 * {@code memberOf} and {@code requiredTraits} are lists of any-of sets that must all hold;
 * {@code resources} are amounts that one provider must be able to take, per class.
 */
public record ProviderCriteria(
        String name,
        UUID uuid,
        UUID inTree,
        List<Set<UUID>> memberOf,
        Set<UUID> forbiddenAggregates,
        List<Set<String>> requiredTraits,
        Set<String> forbiddenTraits,
        Map<String, Long> resources) {
    public static final ProviderCriteria ALL =
            new ProviderCriteria(null, null, null, List.of(), Set.of(), List.of(), Set.of(), Map.of());

    public ProviderCriteria {
        memberOf = memberOf == null ? List.of() : List.copyOf(memberOf);
        forbiddenAggregates = forbiddenAggregates == null ? Set.of() : Set.copyOf(forbiddenAggregates);
        requiredTraits = requiredTraits == null ? List.of() : List.copyOf(requiredTraits);
        forbiddenTraits = forbiddenTraits == null ? Set.of() : Set.copyOf(forbiddenTraits);
        resources = resources == null ? Map.of() : Map.copyOf(resources);
    }

    public static ProviderCriteria byNameAndUuid(String name, UUID uuid) {
        return new ProviderCriteria(name, uuid, null, null, null, null, null, null);
    }
}
