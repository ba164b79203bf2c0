package io.inventoryledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * W5's verdict on one answer (microversion 1.34+: dict allocation requests with mappings): exactly {@code limit}
 * candidates (every W5 query has more matches than that); each candidate takes exactly what the groups ask, from
 * providers the fleet has, within the capacity the summaries state (which must be the seeded capacity); each group's
 * providers have its required traits (the unnumbered group collectively) and are in (or, unnumbered, under a root
 * in) one of its member_of aggregates; granular groups on one provider each, distinct under isolate, and
 * same_subtree groups under one of them.
 */
final class CandidateCheck {
    private CandidateCheck() {}

    /** Null when the answer is consistent, else what is wrong with it. */
    static String problem(CandidateQuery query, CandidateFleet fleet, JsonNode body) {
        JsonNode requests = body.path("allocation_requests");
        JsonNode summaries = body.path("provider_summaries");
        if (!requests.isArray() || !summaries.isObject()) {
            return "no allocation_requests/provider_summaries";
        }
        if (query.limit() > 0 && requests.size() != query.limit()) {
            return requests.size() + " candidates, expected " + query.limit();
        }
        for (JsonNode request : requests) {
            String problem = requestProblem(query, fleet, request, summaries);
            if (problem != null) {
                return problem + " in " + request;
            }
        }
        return null;
    }

    private static String requestProblem(
            CandidateQuery query, CandidateFleet fleet, JsonNode request, JsonNode summaries) {
        Map<String, Long> wanted = new HashMap<>();
        query.groups().forEach(g -> g.resources().forEach((rc, n) -> wanted.merge(rc, (long) n, Long::sum)));
        Map<String, Long> taken = new HashMap<>();
        Map<UUID, JsonNode> allocations = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        request.path("allocations").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            UUID uuid = UUID.fromString(entry.getKey());
            CandidateFleet.Seeded provider = fleet.get(uuid);
            if (provider == null) {
                return "unknown provider " + uuid;
            }
            allocations.put(uuid, entry.getValue().path("resources"));
            for (Iterator<Map.Entry<String, JsonNode>> rs =
                            entry.getValue().path("resources").fields();
                    rs.hasNext(); ) {
                Map.Entry<String, JsonNode> resource = rs.next();
                long amount = resource.getValue().asLong();
                taken.merge(resource.getKey(), amount, Long::sum);
                JsonNode usage =
                        summaries.path(uuid.toString()).path("resources").path(resource.getKey());
                long capacity = usage.path("capacity").asLong(-1);
                if (capacity != provider.capacity(resource.getKey())) {
                    return "summary capacity " + capacity + " of " + resource.getKey() + " on " + uuid
                            + " is not the seeded " + provider.capacity(resource.getKey());
                }
                if (usage.path("used").asLong() + amount > capacity) {
                    return "over capacity: " + resource.getKey() + " on " + uuid;
                }
            }
        }
        if (!taken.equals(wanted)) {
            return "takes " + taken + ", asked " + wanted;
        }
        Map<String, UUID> granularProvider = new HashMap<>();
        for (CandidateQuery.Group group : query.groups()) {
            List<UUID> mapped = new ArrayList<>();
            request.path("mappings").path(group.suffix()).forEach(u -> mapped.add(UUID.fromString(u.asText())));
            String problem = groupProblem(group, fleet, mapped, allocations);
            if (problem != null) {
                return "group '" + group.suffix() + "': " + problem;
            }
            if (group.granular()) {
                if (query.isolate() && granularProvider.containsValue(mapped.get(0))) {
                    return "group_policy=isolate broken by " + mapped.get(0);
                }
                granularProvider.put(group.suffix(), mapped.get(0));
            }
        }
        if (!query.sameSubtree().isEmpty()) {
            List<UUID> members =
                    query.sameSubtree().stream().map(granularProvider::get).toList();
            boolean one =
                    members.stream().anyMatch(top -> members.stream().allMatch(p -> ancestorOrSelf(fleet, top, p)));
            if (!one) {
                return "same_subtree broken: " + members;
            }
        }
        return null;
    }

    private static String groupProblem(
            CandidateQuery.Group group, CandidateFleet fleet, List<UUID> mapped, Map<UUID, JsonNode> allocations) {
        if (mapped.isEmpty() || (group.granular() && mapped.size() != 1)) {
            return "mapped to " + mapped;
        }
        Set<String> traits = new HashSet<>();
        Set<UUID> roots = new HashSet<>();
        for (UUID uuid : mapped) {
            CandidateFleet.Seeded provider = fleet.get(uuid);
            JsonNode resources = allocations.get(uuid);
            if (provider == null || resources == null) {
                return "mapped provider " + uuid + " has no allocation";
            }
            traits.addAll(provider.traits());
            roots.add(provider.root());
            if (!group.memberOf().isEmpty()
                    && !inAny(provider, group.memberOf())
                    && (group.granular() || !inAny(fleet.get(provider.root()), group.memberOf()))) {
                return "member_of broken by " + uuid;
            }
        }
        if (group.granular()) {
            JsonNode resources = allocations.get(mapped.get(0));
            for (Map.Entry<String, Integer> wanted : group.resources().entrySet()) {
                if (resources.path(wanted.getKey()).asLong() < wanted.getValue()) {
                    return "mapped provider lacks " + wanted.getKey();
                }
            }
        }
        if (!traits.containsAll(group.required())) {
            return "required traits " + group.required() + " not on " + mapped;
        }
        return roots.size() == 1 ? null : "providers of several trees " + mapped;
    }

    private static boolean inAny(CandidateFleet.Seeded provider, Set<UUID> aggregates) {
        return provider.aggregates().stream().anyMatch(aggregates::contains);
    }

    private static boolean ancestorOrSelf(CandidateFleet fleet, UUID ancestor, UUID provider) {
        for (CandidateFleet.Seeded p = fleet.get(provider);
                p != null;
                p = p.parent() == null ? null : fleet.get(p.parent())) {
            if (p.uuid().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
