package io.inventoryledger.projections.candidates;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One request group of GET /allocation_candidates. The unnumbered group (suffix "") may be spread
 * over one tree plus sharing providers; a suffixed (granular) group is satisfied by one provider.
 *
 * @param resources           class to amount, in query order
 * @param requiredTraits      AND of ORs: each set needs at least one of its traits
 * @param memberOf            AND of ORs over aggregate uuids
 * @param inTree              a provider uuid whose tree must satisfy the group, or null
 */
public record RequestGroup(
        String suffix,
        Map<String, Long> resources,
        List<Set<String>> requiredTraits,
        Set<String> forbiddenTraits,
        List<Set<String>> memberOf,
        Set<String> forbiddenAggregates,
        String inTree) {

    public RequestGroup {
        resources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(resources));
        requiredTraits = List.copyOf(requiredTraits);
        forbiddenTraits = Set.copyOf(forbiddenTraits);
        memberOf = List.copyOf(memberOf);
        forbiddenAggregates = Set.copyOf(forbiddenAggregates);
    }

    /** A group with resources only. */
    public static RequestGroup of(String suffix, Map<String, Long> resources) {
        return new RequestGroup(suffix, resources, List.of(), Set.of(), List.of(), Set.of(), null);
    }

    /** Granular groups (any suffix) are satisfied by exactly one provider. */
    public boolean granular() {
        return !suffix.isEmpty();
    }

    public boolean resourceless() {
        return resources.isEmpty();
    }
}
