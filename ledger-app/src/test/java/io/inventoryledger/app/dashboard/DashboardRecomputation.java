package io.inventoryledger.app.dashboard;

import io.inventoryledger.app.support.PlacementClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's figures recomputed plainly from the Placement API's own answers: every provider's inventories,
 * usages and aggregates, and every consumer's allocations.
 */
final class DashboardRecomputation {
    /** providers, total, reserved, capacity, used, free: as the dashboard API names them. */
    record Figures(long providers, long total, long reserved, long capacity, long used) {
        Figures plus(Figures o) {
            return new Figures(
                    providers + o.providers,
                    total + o.total,
                    reserved + o.reserved,
                    capacity + o.capacity,
                    used + o.used);
        }

        Map<String, Long> json() {
            return Map.of(
                    "providers",
                    providers,
                    "total",
                    total,
                    "reserved",
                    reserved,
                    "capacity",
                    capacity,
                    "used",
                    used,
                    "free",
                    capacity - used);
        }
    }

    record ProviderClass(String uuid, String resourceClass, Figures figures) {
        long fillPermille() {
            if (figures.capacity() <= 0) {
                return figures.used() > 0 ? 1000 : 0;
            }
            return figures.used() * 1000 / figures.capacity();
        }
    }

    final Map<String, Figures> perClass = new TreeMap<>();
    final Map<String, Map<String, Figures>> perAggregate = new TreeMap<>();
    final Map<String, Map<String, Figures>> perRoot = new TreeMap<>();
    final Map<String, String> rootNames = new TreeMap<>();
    final List<ProviderClass> rows = new ArrayList<>();
    /** kind (project, user) → owner → class → {used, consumers} */
    final Map<String, Map<String, Map<String, long[]>>> owners = new TreeMap<>();

    DashboardRecomputation(PlacementClient api, List<String> consumers) {
        List<Map<String, Object>> providers = api.get("/resource_providers").json("$.resource_providers");
        Map<String, String> names = new TreeMap<>();
        providers.forEach(p -> names.put((String) p.get("uuid"), (String) p.get("name")));
        for (Map<String, Object> provider : providers) {
            String uuid = (String) provider.get("uuid");
            String root = (String) provider.get("root_provider_uuid");
            Map<String, Map<String, Number>> inventories =
                    api.get("/resource_providers/" + uuid + "/inventories").json("$.inventories");
            Map<String, Number> usages =
                    api.get("/resource_providers/" + uuid + "/usages").json("$.usages");
            List<String> aggregates =
                    api.get("/resource_providers/" + uuid + "/aggregates").json("$.aggregates");
            Map<String, Figures> classes = new TreeMap<>();
            inventories.forEach((rc, inv) -> {
                long total = inv.get("total").longValue();
                long reserved = inv.get("reserved").longValue();
                long capacity =
                        (long) ((total - reserved) * inv.get("allocation_ratio").doubleValue());
                classes.put(rc, new Figures(1, total, reserved, capacity, 0));
            });
            usages.forEach((rc, used) -> {
                if (used.longValue() != 0) {
                    classes.merge(
                            rc,
                            new Figures(1, 0, 0, 0, used.longValue()),
                            (a, b) -> new Figures(1, a.total(), a.reserved(), a.capacity(), b.used()));
                }
            });
            rootNames.put(root, names.get(root));
            classes.forEach((rc, figures) -> {
                rows.add(new ProviderClass(uuid, rc, figures));
                perClass.merge(rc, figures, Figures::plus);
                perRoot.computeIfAbsent(root, r -> new TreeMap<>()).merge(rc, figures, Figures::plus);
                aggregates.forEach(a ->
                        perAggregate.computeIfAbsent(a, x -> new TreeMap<>()).merge(rc, figures, Figures::plus));
            });
        }
        for (String consumer : consumers) {
            var reply = api.get("/allocations/" + consumer);
            Map<String, Map<String, Object>> allocations = reply.json("$.allocations");
            if (allocations.isEmpty()) {
                continue;
            }
            Map<String, Long> perRc = new TreeMap<>();
            allocations.values().forEach(a -> {
                @SuppressWarnings("unchecked")
                Map<String, Number> resources = (Map<String, Number>) a.get("resources");
                resources.forEach((rc, n) -> perRc.merge(rc, n.longValue(), Long::sum));
            });
            owner("project", reply.json("$.project_id"), perRc);
            owner("user", reply.json("$.user_id"), perRc);
        }
    }

    private void owner(String kind, String id, Map<String, Long> perRc) {
        perRc.forEach((rc, used) -> {
            long[] row = owners.computeIfAbsent(kind, k -> new TreeMap<>())
                    .computeIfAbsent(id, k -> new TreeMap<>())
                    .computeIfAbsent(rc, k -> new long[2]);
            row[0] += used;
            row[1] += 1;
        });
    }

    /** The fill of every provider of the class with capacity, fullest first. */
    List<Long> fillsDescending(String resourceClass) {
        return rows.stream()
                .filter(r -> r.resourceClass().equals(resourceClass))
                .map(ProviderClass::fillPermille)
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    long[] distribution(String resourceClass) {
        long[] counts = new long[11];
        rows.stream()
                .filter(r ->
                        r.resourceClass().equals(resourceClass) && r.figures().capacity() > 0)
                .forEach(r -> counts[(int) Math.min(10, r.fillPermille() / 100)]++);
        return counts;
    }
}
