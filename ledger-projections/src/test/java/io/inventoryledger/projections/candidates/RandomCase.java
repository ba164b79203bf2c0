package io.inventoryledger.projections.candidates;

import io.inventoryledger.core.provider.Inventory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** A small random world and request, described plainly so that a failing case can be read. */
final class RandomCase {
    static final List<String> CLASSES = List.of("VCPU", "MEMORY_MB", "DISK_GB");
    static final String SHARING = "MISC_SHARES_VIA_AGGREGATE";
    static final List<String> TRAITS = List.of("CUSTOM_A", "CUSTOM_B", SHARING);
    static final List<String> AGGREGATES = List.of(
            "aaaaaaaa-0000-0000-0000-000000000001",
            "aaaaaaaa-0000-0000-0000-000000000002",
            "aaaaaaaa-0000-0000-0000-000000000003");

    /** One provider as the test sees it. */
    record Provider(
            UUID uuid,
            UUID parent,
            Map<String, Inventory> inventories,
            Map<String, Long> used,
            Set<String> traits,
            Set<String> aggregates) {}

    final List<Provider> providers = new ArrayList<>();
    CandidateRequest request;

    static RandomCase generate(long seed) {
        Random random = new Random(seed);
        RandomCase c = new RandomCase();
        boolean deep = random.nextInt(3) == 0;
        if (deep) {
            c.deepTrees(random);
        } else {
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                UUID parent = i > 0 && random.nextInt(3) > 0
                        ? c.providers.get(random.nextInt(i)).uuid()
                        : null;
                c.add(random, parent);
            }
        }
        c.request = request(random, c.providers, deep);
        return c;
    }

    /**
     * One or two trees of three levels (a root, one or two children, each with one or two children, as compute
     * node, NUMA nodes and devices), and sometimes a sharing provider outside them in an aggregate of a tree.
     */
    private void deepTrees(Random random) {
        int trees = 1 + random.nextInt(2);
        for (int t = 0; t < trees; t++) {
            UUID root = add(random, null).uuid();
            // two trees of 3, or one of up to 7: the brute force stays quick
            int middles = trees == 1 ? 1 + random.nextInt(2) : 1;
            for (int m = 0; m < middles; m++) {
                UUID middle = add(random, root).uuid();
                int leaves = trees == 1 ? 1 + random.nextInt(2) : 1;
                for (int l = 0; l < leaves; l++) {
                    add(random, middle);
                }
            }
        }
        if (random.nextBoolean()) {
            Provider member = providers.get(random.nextInt(providers.size()));
            Provider sharing = add(random, null);
            String aggregate = AGGREGATES.get(2);
            providers.set(providers.size() - 1, with(sharing, Set.of(SHARING), Set.of(aggregate)));
            providers.set(providers.indexOf(member), with(member, member.traits(), Set.of(aggregate)));
        }
    }

    private static Provider with(Provider p, Set<String> traits, Set<String> aggregates) {
        return new Provider(p.uuid(), p.parent(), p.inventories(), p.used(), traits, aggregates);
    }

    private Provider add(Random random, UUID parent) {
        UUID uuid = new UUID(0xbbbbL, providers.size() + 1);
        {
            Map<String, Inventory> inventories = new LinkedHashMap<>();
            Map<String, Long> used = new LinkedHashMap<>();
            for (String rc : CLASSES) {
                if (random.nextInt(3) > 0) {
                    long total = 1 + random.nextInt(8);
                    long minUnit = 1 + random.nextInt(2);
                    inventories.put(
                            rc,
                            new Inventory(
                                    total,
                                    random.nextInt((int) Math.min(3, total + 1)),
                                    minUnit,
                                    minUnit + random.nextInt(8),
                                    1 + random.nextInt(2),
                                    random.nextBoolean() ? 1.0 : 1.5));
                    used.put(rc, (long) random.nextInt((int) total + 1));
                }
            }
            Provider provider = new Provider(
                    uuid,
                    parent,
                    inventories,
                    used,
                    subset(random, TRAITS, 3),
                    subset(random, AGGREGATES.subList(0, 2), 2));
            providers.add(provider);
            return provider;
        }
    }

    /** @param deep more granular groups and same_subtree (1.36+) for the deep trees */
    private static CandidateRequest request(Random random, List<Provider> providers, boolean deep) {
        int microversion = deep && random.nextInt(3) > 0
                ? List.of(36, 39).get(random.nextInt(2))
                : List.of(25, 28, 29, 36, 39).get(random.nextInt(5));
        List<RequestGroup> groups = new ArrayList<>();
        if (random.nextInt(4) > 0) {
            groups.add(group(random, "", providers, false));
        }
        int granular = deep ? 1 + random.nextInt(2) : random.nextInt(3);
        List<String> resourceless = new ArrayList<>();
        for (int i = 1; i <= granular || groups.isEmpty(); i++) {
            boolean withoutResources = microversion >= 36 && random.nextInt(4) == 0;
            RequestGroup group = group(random, "_G" + i, providers, withoutResources);
            groups.add(group);
            if (group.resourceless()) {
                resourceless.add(group.suffix());
            }
        }
        GroupPolicy policy = random.nextBoolean() ? GroupPolicy.NONE : GroupPolicy.ISOLATE;
        Set<String> rootRequired = microversion >= 35 && random.nextInt(4) == 0 ? subset(random, TRAITS, 1) : Set.of();
        Set<String> rootForbidden = microversion >= 35 && random.nextInt(4) == 0 ? subset(random, TRAITS, 1) : Set.of();
        rootForbidden = new LinkedHashSet<>(rootForbidden);
        rootForbidden.removeAll(rootRequired);
        List<Set<String>> subtrees = new ArrayList<>();
        List<String> granularSuffixes = groups.stream()
                .map(RequestGroup::suffix)
                .filter(s -> !s.isEmpty())
                .toList();
        if (!resourceless.isEmpty() || (microversion >= 36 && granularSuffixes.size() > 1 && random.nextBoolean())) {
            Set<String> subtree = new LinkedHashSet<>(resourceless);
            subtree.addAll(subset(random, granularSuffixes, granularSuffixes.size()));
            subtrees.add(subtree);
        }
        return new CandidateRequest(groups, policy, null, rootRequired, rootForbidden, subtrees, microversion >= 29);
    }

    private static RequestGroup group(Random random, String suffix, List<Provider> providers, boolean resourceless) {
        Map<String, Long> resources = new LinkedHashMap<>();
        if (!resourceless) {
            for (String rc : CLASSES) {
                if (random.nextInt(2) == 0) {
                    resources.put(rc, 1L + random.nextInt(4));
                }
            }
            if (resources.isEmpty()) {
                resources.put(CLASSES.get(random.nextInt(3)), 1L + random.nextInt(3));
            }
        }
        List<Set<String>> required = new ArrayList<>();
        if (random.nextInt(3) == 0 || resourceless) {
            required.add(subset(random, TRAITS, 2, 1));
        }
        Set<String> forbidden = random.nextInt(4) == 0 ? subset(random, TRAITS, 1) : Set.of();
        required.removeIf(forbidden::containsAll);
        List<Set<String>> memberOf = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            memberOf.add(subset(random, AGGREGATES, 2, 1));
        }
        Set<String> forbiddenAggregates = random.nextInt(5) == 0 ? subset(random, AGGREGATES, 1) : Set.of();
        String inTree = random.nextInt(6) == 0
                ? providers.get(random.nextInt(providers.size())).uuid().toString()
                : null;
        return new RequestGroup(suffix, resources, required, forbidden, memberOf, forbiddenAggregates, inTree);
    }

    private static <T> Set<T> subset(Random random, List<T> from, int max) {
        return subset(random, from, max, 0);
    }

    private static <T> Set<T> subset(Random random, List<T> from, int max, int min) {
        Set<T> out = new LinkedHashSet<>();
        int size = min + random.nextInt(max - min + 1);
        while (out.size() < Math.min(size, from.size())) {
            out.add(from.get(random.nextInt(from.size())));
        }
        return out;
    }

    /**
     * The same world reached through several snapshots, as the index reaches it: the providers without usage and
     * without aggregates first (queried once, so that the snapshot's memoised parts exist), then the aggregates,
     * then each provider's usage in its own edit. Exercises what each edit must rebuild or may hand on.
     */
    ProviderWorld worldInSteps(CandidateEngine engine) {
        ProviderWorldEditor editor = ProviderWorld.builder();
        for (Provider p : providers) {
            editor.putProvider(p.uuid(), p.parent());
            p.inventories().forEach((rc, inventory) -> editor.setInventory(p.uuid(), rc, inventory));
            editor.setTraits(p.uuid(), p.traits());
        }
        ProviderWorld world = editor.apply();
        engine.find(world, request);
        ProviderWorldEditor aggregates = world.edit();
        providers.forEach(p -> aggregates.setAggregates(p.uuid(), p.aggregates()));
        world = aggregates.apply();
        engine.find(world, request);
        for (Provider p : providers) {
            ProviderWorldEditor usage = world.edit();
            p.used().forEach((rc, used) -> usage.setUsed(p.uuid(), rc, used));
            world = usage.apply();
            engine.find(world, request);
        }
        return world;
    }

    ProviderWorld world() {
        ProviderWorldEditor editor = ProviderWorld.builder();
        for (Provider p : providers) {
            editor.putProvider(p.uuid(), p.parent());
            p.inventories().forEach((rc, inventory) -> editor.setInventory(p.uuid(), rc, inventory));
            p.used().forEach((rc, used) -> editor.setUsed(p.uuid(), rc, used));
            editor.setTraits(p.uuid(), p.traits());
            editor.setAggregates(p.uuid(), p.aggregates());
        }
        return editor.apply();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        providers.forEach(p -> out.append(p).append('\n'));
        return out.append(request).toString();
    }
}
