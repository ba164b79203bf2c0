package io.inventoryledger.projections.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Answers GET /allocation_candidates from a {@link ProviderWorld} snapshot, as Placement 8.0.0 does:
 * the same set of allocation requests (order aside) and the provider summaries of the trees they use.
 * Pure and thread-safe: no I/O, no shared mutable state.
 */
public final class CandidateEngine {
    private final EngineSettings settings;
    private final Supplier<RandomGenerator> randomness;

    public CandidateEngine(EngineSettings settings) {
        this(settings, ThreadLocalRandom::current);
    }

    /** @param randomness the random source of a query under {@link EngineSettings#randomize()} (tests seed it) */
    public CandidateEngine(EngineSettings settings, Supplier<RandomGenerator> randomness) {
        this.settings = settings;
        this.randomness = randomness;
    }

    public AllocationCandidates find(ProviderWorld world, CandidateRequest request) {
        BitSet anchorRoots = null;
        if (!request.rootRequired().isEmpty() || !request.rootForbidden().isEmpty()) {
            anchorRoots = rootsWithTraits(world, request.rootRequired(), request.rootForbidden());
            if (anchorRoots.isEmpty()) {
                return AllocationCandidates.NONE;
            }
        }
        List<ResolvedGroup> groups = new ArrayList<>();
        for (RequestGroup group : request.groups()) {
            ResolvedGroup resolved = ResolvedGroup.resolve(world, group);
            if (resolved.unsatisfiable) {
                return AllocationCandidates.NONE;
            }
            groups.add(resolved);
        }
        if (groups.isEmpty()) {
            return AllocationCandidates.NONE;
        }
        int[] anchors = world.roots();
        if (anchorRoots != null) {
            anchors = Arrays.stream(anchors).filter(anchorRoots::get).toArray();
        }
        RandomGenerator random = settings.randomize() ? randomness.get() : null;
        if (random != null) {
            anchors = shuffled(anchors, random);
        }
        GroupSearch search = new GroupSearch(world, anchorRoots, settings.maxCandidates());
        boolean onePerTree = !request.nestedAware() && world.hasTrees();
        CandidateMerger merger = new CandidateMerger(
                world,
                groups,
                request.groupPolicy() == GroupPolicy.ISOLATE,
                subtreeGroupIndexes(request),
                onePerTree,
                random);
        // With randomize the trees come shuffled and each tree's candidates too, so the first `limit` found are a
        // random sample already: a uniform pick of trees, and a uniform pick among each chosen tree's candidates.
        int wanted = request.limit() == null
                ? settings.maxCandidates()
                : Math.min(request.limit(), settings.maxCandidates());
        CandidateMerger.Merged merged = merger.merge(search, anchors, wanted, settings.maxCombinations());
        List<Combination> chosen = merged.combinations();
        boolean truncated = !merged.exhausted() && (request.limit() == null || chosen.size() < request.limit());
        if (random != null) {
            chosen = shuffled(chosen, random);
        }
        if (request.limit() != null && chosen.size() > request.limit()) {
            chosen = chosen.subList(0, request.limit());
        }
        return new AllocationCandidates(
                requests(world, groups, chosen), summaries(world, chosen, onePerTree), truncated, merged.stats());
    }

    private static <T> List<T> shuffled(List<T> items, RandomGenerator random) {
        List<T> out = new ArrayList<>(items);
        for (int i = out.size() - 1; i > 0; i--) {
            Collections.swap(out, i, random.nextInt(i + 1));
        }
        return out;
    }

    private static int[] shuffled(int[] anchors, RandomGenerator random) {
        int[] out = anchors.clone();
        for (int i = out.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = out[i];
            out[i] = out[j];
            out[j] = swap;
        }
        return out;
    }

    private static BitSet rootsWithTraits(ProviderWorld world, Set<String> required, Set<String> forbidden) {
        BitSet roots = new BitSet();
        for (int p = 0; p < world.slots(); p++) {
            ProviderNode node = world.node(p);
            if (node != null && node.isRoot() && hasAll(world, node, required) && hasNone(world, node, forbidden)) {
                roots.set(p);
            }
        }
        return roots;
    }

    private static boolean hasAll(ProviderWorld world, ProviderNode node, Set<String> traits) {
        for (String trait : traits) {
            int id = world.traits.id(trait);
            if (id < 0 || !node.hasTrait(id)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNone(ProviderWorld world, ProviderNode node, Set<String> traits) {
        for (String trait : traits) {
            int id = world.traits.id(trait);
            if (id >= 0 && node.hasTrait(id)) {
                return false;
            }
        }
        return true;
    }

    private static int[][] subtreeGroupIndexes(CandidateRequest request) {
        List<String> suffixes =
                request.groups().stream().map(RequestGroup::suffix).toList();
        return request.sameSubtrees().stream()
                .map(set -> set.stream()
                        .mapToInt(suffixes::indexOf)
                        .filter(i -> i >= 0)
                        .toArray())
                .toArray(int[][]::new);
    }

    private static List<AllocationRequest> requests(
            ProviderWorld world, List<ResolvedGroup> groups, List<Combination> chosen) {
        List<AllocationRequest> out = new ArrayList<>(chosen.size());
        for (Combination combination : chosen) {
            Map<UUID, Map<String, Long>> allocations = new LinkedHashMap<>(4);
            Map<String, Long> current = null;
            int currentProvider = ProviderNode.NONE;
            for (int i = 0; i < combination.providers.length; i++) {
                // Entries are sorted by provider: one map per run of the same provider.
                if (combination.providers[i] != currentProvider) {
                    currentProvider = combination.providers[i];
                    current = new LinkedHashMap<>(4);
                    allocations.put(world.node(currentProvider).uuid, current);
                }
                current.put(world.classes.name(combination.classIds[i]), combination.amounts[i]);
            }
            Map<String, Set<UUID>> mappings = new LinkedHashMap<>(4);
            for (int g = 0; g < groups.size(); g++) {
                int[] mapped = combination.pieces[g].mapped();
                Set<UUID> providers;
                if (mapped.length == 1) {
                    providers = Set.of(world.node(mapped[0]).uuid);
                } else {
                    providers = new LinkedHashSet<>();
                    for (int p : mapped) {
                        providers.add(world.node(p).uuid);
                    }
                    providers = Collections.unmodifiableSet(providers);
                }
                mappings.put(groups.get(g).group.suffix(), providers);
            }
            out.add(new AllocationRequest(
                    Collections.unmodifiableMap(allocations), Collections.unmodifiableMap(mappings)));
        }
        return Collections.unmodifiableList(out);
    }

    /** Every provider of every tree the requests take resources from (only those providers before 1.29). */
    private static List<ProviderSummary> summaries(ProviderWorld world, List<Combination> chosen, boolean onePerTree) {
        // BitSets and an int list instead of boxed sets: a no-limit answer visits every provider.
        BitSet seen = new BitSet(world.slots());
        BitSet roots = new BitSet(world.slots());
        IntList providers = new IntList();
        for (Combination combination : chosen) {
            for (int p : combination.providers) {
                if (onePerTree) {
                    if (!seen.get(p)) {
                        seen.set(p);
                        providers.add(p);
                    }
                    continue;
                }
                int root = world.node(p).root;
                if (!roots.get(root)) {
                    roots.set(root);
                    if (world.node(root).children.length == 0) {
                        providers.add(root);
                    } else {
                        for (int member : world.treeOf(root)) {
                            providers.add(member);
                        }
                    }
                }
            }
        }
        List<ProviderSummary> out = new ArrayList<>(providers.size());
        for (int i = 0; i < providers.size(); i++) {
            out.add(summary(world, world.node(providers.get(i))));
        }
        return Collections.unmodifiableList(out);
    }

    private static ProviderSummary summary(ProviderWorld world, ProviderNode node) {
        ProviderSummary known = node.summary;
        if (known == null) {
            known = newSummary(world, node);
            node.summary = known;
        }
        return known;
    }

    private static ProviderSummary newSummary(ProviderWorld world, ProviderNode node) {
        Map<String, ProviderSummary.Usage> resources = new LinkedHashMap<>();
        for (int i = 0; i < node.classIds.length; i++) {
            Stock stock = node.stocks[i];
            if (stock.hasInventory()) {
                resources.put(
                        world.classes.name(node.classIds[i]),
                        new ProviderSummary.Usage(stock.capacity(), stock.used()));
            }
        }
        List<String> traits = new ArrayList<>(node.traits.length);
        for (int trait : node.traits) {
            traits.add(world.traits.name(trait));
        }
        Collections.sort(traits);
        UUID parent = node.parent == ProviderNode.NONE ? null : world.node(node.parent).uuid;
        return new ProviderSummary(
                node.uuid,
                parent,
                world.node(node.root).uuid,
                Collections.unmodifiableMap(resources),
                List.copyOf(traits));
    }
}
