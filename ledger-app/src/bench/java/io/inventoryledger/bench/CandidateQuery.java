package io.inventoryledger.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One of W5's scheduler queries: its query string, and the groups it asks for, so that the verdict can check
 * every returned allocation request against the seeded fleet.
 */
record CandidateQuery(String kind, List<Group> groups, boolean isolate, List<String> sameSubtree, int limit) {

    /** A request group; suffix "" is the unnumbered one. Required traits all-of, member_of any-of. */
    record Group(String suffix, Map<String, Integer> resources, Set<String> required, Set<UUID> memberOf) {
        boolean granular() {
            return !suffix.isEmpty();
        }
    }

    static Group group(String suffix, Map<String, Integer> resources, Set<String> required, Set<UUID> memberOf) {
        return new Group(suffix, new LinkedHashMap<>(resources), required, memberOf);
    }

    /** The path with its query string, e.g. /allocation_candidates?resources=VCPU:1&limit=100. */
    String path() {
        List<String> parts = new ArrayList<>();
        for (Group group : groups) {
            parts.add("resources" + group.suffix() + "="
                    + group.resources().entrySet().stream()
                            .map(e -> e.getKey() + ":" + e.getValue())
                            .collect(Collectors.joining(",")));
            if (!group.required().isEmpty()) {
                parts.add("required" + group.suffix() + "=" + String.join(",", group.required()));
            }
            if (!group.memberOf().isEmpty()) {
                parts.add("member_of" + group.suffix() + "=in:"
                        + group.memberOf().stream().map(UUID::toString).collect(Collectors.joining(",")));
            }
        }
        if (groups.stream().filter(Group::granular).count() > 1) {
            parts.add("group_policy=" + (isolate ? "isolate" : "none"));
        }
        if (!sameSubtree.isEmpty()) {
            parts.add("same_subtree=" + String.join(",", sameSubtree));
        }
        if (limit > 0) {
            parts.add("limit=" + limit);
        }
        return "/allocation_candidates?" + String.join("&", parts);
    }

    /** The instance of each mix's plain and required+member_of query. */
    private static final Map<String, Integer> INSTANCE = Map.of("VCPU", 2, "MEMORY_MB", 4096, "DISK_GB", 40);

    /** The instance in the unnumbered group, nothing else. */
    private static CandidateQuery plain(int limit) {
        return new CandidateQuery("plain", List.of(group("", INSTANCE, Set.of(), Set.of())), false, List.of(), limit);
    }

    /** The instance on a provider with {@code trait}, in one of the fleet's first two aggregates. */
    private static CandidateQuery requiredMemberOf(String trait, int limit) {
        return new CandidateQuery(
                "required+member_of",
                List.of(group(
                        "", INSTANCE, Set.of(trait), Set.of(CandidateFleet.aggregate(0), CandidateFleet.aggregate(1)))),
                false,
                List.of(),
                limit);
    }

    /** The mix on flat compute nodes: plain; required + member_of; two granular groups, group_policy=none. */
    static List<CandidateQuery> flatMix(int limit) {
        return List.of(
                plain(limit),
                requiredMemberOf("HW_CPU_X86_AVX2", limit),
                new CandidateQuery(
                        "granular none",
                        List.of(
                                group("1", Map.of("VCPU", 2, "MEMORY_MB", 4096), Set.of("HW_CPU_X86_AVX2"), Set.of()),
                                group("2", Map.of("DISK_GB", 40), Set.of(), Set.of())),
                        false,
                        List.of(),
                        limit));
    }

    /**
     * The mix on nested trees: plain (spread over the tree); required + member_of on the root; granular NUMA +
     * FPGA + VF under one NUMA node (same_subtree, group_policy=isolate) with disk from the unnumbered group.
     */
    static List<CandidateQuery> nestedMix(int limit) {
        return List.of(
                plain(limit),
                requiredMemberOf("COMPUTE_VOLUME_MULTI_ATTACH", limit),
                new CandidateQuery(
                        "granular isolate",
                        List.of(
                                group("", Map.of("DISK_GB", 40), Set.of(), Set.of()),
                                group("_NUMA", Map.of("VCPU", 2, "MEMORY_MB", 4096), Set.of("HW_NUMA_ROOT"), Set.of()),
                                group("_ACCEL", Map.of("FPGA", 1), Set.of(), Set.of()),
                                group("_NET", Map.of("SRIOV_NET_VF", 1), Set.of("HW_NIC_SRIOV"), Set.of())),
                        true,
                        List.of("_NUMA", "_ACCEL", "_NET"),
                        limit));
    }
}
