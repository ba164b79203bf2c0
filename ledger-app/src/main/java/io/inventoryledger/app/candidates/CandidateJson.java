package io.inventoryledger.app.candidates;

import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.core.trait.StandardTraits;
import io.inventoryledger.projections.candidates.AllocationCandidates;
import io.inventoryledger.projections.candidates.AllocationRequest;
import io.inventoryledger.projections.candidates.CandidateRequest;
import io.inventoryledger.projections.candidates.ProviderSummary;
import io.inventoryledger.projections.candidates.RequestGroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The body of GET /allocation_candidates by microversion: allocation requests as a list of
 * {resource_provider, resources} below 1.12 and as a dict keyed by provider from 1.12 (PUT-able as is),
 * mappings from 1.34; summaries with traits from 1.17, every class from 1.27 (else only the requested
 * ones), parent and root from 1.29.
 */
final class CandidateJson {
    /**
     * Placement lists a provider's traits in trait id order: the standard traits (synced at start) before
     * the custom ones (made later); gabbits compare these lists in order. Within each, by name.
     */
    private static final Comparator<String> PLACEMENT_TRAIT_ORDER =
            Comparator.comparing((String trait) -> !StandardTraits.isStandard(trait)).thenComparing(t -> t);

    private CandidateJson() {
    }

    static Map<String, Object> render(AllocationCandidates candidates, CandidateRequest request, Microversion version) {
        List<Object> requests = new ArrayList<>(candidates.allocationRequests().size());
        for (AllocationRequest candidate : candidates.allocationRequests()) {
            requests.add(version.isAtLeast(12) ? dict(candidate, version) : list(candidate));
        }
        Set<String> requested = null;
        if (!version.isAtLeast(27)) {
            requested = new HashSet<>();
            for (RequestGroup group : request.groups()) {
                requested.addAll(group.resources().keySet());
            }
        }
        Map<String, Object> summaries = new LinkedHashMap<>();
        for (ProviderSummary summary : candidates.providerSummaries()) {
            summaries.put(summary.uuid().toString(), summary(summary, requested, version));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocation_requests", requests);
        body.put("provider_summaries", summaries);
        return body;
    }

    private static Map<String, Object> dict(AllocationRequest candidate, Microversion version) {
        Map<String, Object> allocations = new LinkedHashMap<>();
        candidate.allocations().forEach((provider, resources) ->
                allocations.put(provider.toString(), Map.of("resources", resources)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("allocations", allocations);
        if (version.isAtLeast(34)) {
            Map<String, List<String>> mappings = new LinkedHashMap<>();
            candidate.mappings().forEach((suffix, providers) ->
                    mappings.put(suffix, providers.stream().map(UUID::toString).toList()));
            out.put("mappings", mappings);
        }
        return out;
    }

    private static Map<String, Object> list(AllocationRequest candidate) {
        List<Object> allocations = new ArrayList<>();
        candidate.allocations().forEach((provider, resources) -> allocations.add(Map.of(
                "resource_provider", Map.of("uuid", provider.toString()), "resources", resources)));
        return Map.of("allocations", allocations);
    }

    private static Map<String, Object> summary(ProviderSummary summary, Set<String> requested, Microversion version) {
        Map<String, Object> resources = new LinkedHashMap<>();
        summary.resources().forEach((rc, usage) -> {
            if (requested == null || requested.contains(rc)) {
                resources.put(rc, Map.of("capacity", usage.capacity(), "used", usage.used()));
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("resources", resources);
        if (version.isAtLeast(17)) {
            out.put("traits", summary.traits().stream().sorted(PLACEMENT_TRAIT_ORDER).toList());
        }
        if (version.isAtLeast(29)) {
            out.put("parent_provider_uuid", summary.parentUuid() == null ? null : summary.parentUuid().toString());
            out.put("root_provider_uuid", summary.rootUuid().toString());
        }
        return out;
    }
}
