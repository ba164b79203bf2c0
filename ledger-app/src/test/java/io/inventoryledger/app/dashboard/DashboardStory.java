package io.inventoryledger.app.dashboard;

import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A random story told through the Placement API: providers made, nested, moved and deleted, inventories, aggregate
 * memberships, claims on one or two providers by a few consumers of a few projects and users, and releases. Steps
 * the API refuses (over capacity, a provider in use) are part of the story. It remembers, from the API's answers,
 * each accepted write's allocations before and after.
 */
final class DashboardStory {
    static final List<String> CLASSES = List.of("VCPU", "MEMORY_MB", "DISK_GB");
    static final List<String> AGGREGATES = List.of(
            "11111111-1111-4111-8111-111111111111",
            "22222222-2222-4222-8222-222222222222",
            "33333333-3333-4333-8333-333333333333");
    static final List<String> PROJECTS = List.of("proj-a", "proj-b", "proj-c");
    static final List<String> USERS = List.of("user-x", "user-y");
    static final double[] RATIOS = {1.0, 1.5, 16.0};

    sealed interface Step {}

    record Create(int parent) implements Step {}

    record SetInventory(int provider, int classes, int total, int reserved, int ratio) implements Step {}

    record SetAggregates(int provider, int mask) implements Step {}

    record Claim(int consumer, int provider, int second, int amount, int project, int user) implements Step {}

    record Release(int consumer) implements Step {}

    record Reparent(int provider, int parent) implements Step {}

    record Delete(int provider) implements Step {}

    /** One accepted allocation write: provider → class → amount before and after. */
    record Write(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after) {}

    static Arbitrary<List<Step>> stories() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 7);
        Arbitrary<Step> create = Arbitraries.integers().between(-2, 7).map(Create::new);
        Arbitrary<Step> inventory = Combinators.combine(
                        index,
                        Arbitraries.integers().between(1, 7),
                        Arbitraries.integers().between(1, 64),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 2))
                .as(SetInventory::new);
        Arbitrary<Step> aggregates =
                Combinators.combine(index, Arbitraries.integers().between(0, 7)).as(SetAggregates::new);
        Arbitrary<Step> claim = Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        index,
                        Arbitraries.integers().between(-1, 7),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 1))
                .as(Claim::new);
        Arbitrary<Step> release = Arbitraries.integers().between(0, 5).map(Release::new);
        Arbitrary<Step> reparent = Combinators.combine(
                        index, Arbitraries.integers().between(-1, 7))
                .as(Reparent::new);
        Arbitrary<Step> delete = index.map(Delete::new);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, create),
                        net.jqwik.api.Tuple.of(5, inventory),
                        net.jqwik.api.Tuple.of(2, aggregates),
                        net.jqwik.api.Tuple.of(8, claim),
                        net.jqwik.api.Tuple.of(3, release),
                        net.jqwik.api.Tuple.of(1, reparent),
                        net.jqwik.api.Tuple.of(1, delete))
                .list()
                .ofMinSize(6)
                .ofMaxSize(30);
    }

    private final PlacementClient api;
    final List<String> providers = new ArrayList<>();
    final List<String> consumers = new ArrayList<>();
    final List<Write> writes = new ArrayList<>();

    DashboardStory(PlacementClient api) {
        this.api = api;
        for (int i = 0; i < 6; i++) {
            consumers.add(UUID.randomUUID().toString());
        }
    }

    void tell(List<Step> steps) {
        providers.add(create(null)); // every story has a provider to work on
        for (Step step : steps) {
            apply(step);
        }
    }

    private String provider(int index) {
        return providers.get(index % providers.size());
    }

    private String create(String parent) {
        String uuid = UUID.randomUUID().toString();
        Reply created = api.post(
                "/resource_providers",
                "{\"name\":\"rp-" + uuid.substring(0, 8) + "\",\"uuid\":\"" + uuid + "\""
                        + (parent == null ? "" : ",\"parent_provider_uuid\":\"" + parent + "\"") + "}");
        return created.status() == 200 ? uuid : null;
    }

    private void apply(Step step) {
        if (step instanceof Create c) {
            String uuid = create(c.parent() < 0 ? null : provider(c.parent()));
            if (uuid != null) {
                providers.add(uuid);
            }
        } else if (step instanceof SetInventory s) {
            setInventory(s);
        } else if (step instanceof SetAggregates a) {
            String uuid = provider(a.provider());
            List<String> members = new ArrayList<>();
            for (int i = 0; i < AGGREGATES.size(); i++) {
                if ((a.mask() & (1 << i)) != 0) {
                    members.add("\"" + AGGREGATES.get(i) + "\"");
                }
            }
            api.put(
                    "/resource_providers/" + uuid + "/aggregates",
                    "{\"resource_provider_generation\":" + generation(uuid) + ",\"aggregates\":["
                            + String.join(",", members) + "]}");
        } else if (step instanceof Claim c) {
            claim(c);
        } else if (step instanceof Release r) {
            String consumer = consumers.get(r.consumer());
            var before = allocations(consumer);
            if (api.delete("/allocations/" + consumer).status() == 204) {
                writes.add(new Write(before, Map.of()));
            }
        } else if (step instanceof Reparent r) {
            api.put(
                    "/resource_providers/" + provider(r.provider()),
                    "{\"name\":\"rp-"
                            + provider(r.provider()).substring(0, 8) + "\",\"parent_provider_uuid\":"
                            + (r.parent() < 0 ? "null" : "\"" + provider(r.parent()) + "\"") + "}");
        } else if (step instanceof Delete d) {
            if (providers.size() > 1
                    && api.delete("/resource_providers/" + provider(d.provider()))
                                    .status()
                            == 204) {
                providers.remove(d.provider() % providers.size());
            }
        }
    }

    private void setInventory(SetInventory s) {
        String uuid = provider(s.provider());
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < CLASSES.size(); i++) {
            if ((s.classes() & (1 << i)) != 0) {
                int total = s.total() * (i + 1) * 16;
                body.append(body.isEmpty() ? "" : ",")
                        .append('"')
                        .append(CLASSES.get(i))
                        .append("\":{\"total\":")
                        .append(total)
                        .append(",\"reserved\":")
                        .append(Math.min(total, s.reserved()))
                        .append(",\"allocation_ratio\":")
                        .append(RATIOS[s.ratio()])
                        .append('}');
            }
        }
        api.put(
                "/resource_providers/" + uuid + "/inventories",
                "{\"resource_provider_generation\":" + generation(uuid) + ",\"inventories\":{" + body + "}}");
    }

    private void claim(Claim c) {
        String consumer = consumers.get(c.consumer());
        Map<String, Map<String, Long>> wanted = new TreeMap<>();
        wanted.put(provider(c.provider()), Map.of("VCPU", (long) c.amount(), "MEMORY_MB", c.amount() * 64L));
        if (c.second() >= 0) {
            wanted.putIfAbsent(provider(c.second()), Map.of("DISK_GB", (long) c.amount()));
        }
        StringBuilder body = new StringBuilder();
        wanted.forEach((rp, resources) -> {
            body.append(body.isEmpty() ? "" : ",").append('"').append(rp).append("\":{\"resources\":{");
            StringBuilder amounts = new StringBuilder();
            resources.forEach((rc, n) -> amounts.append(amounts.isEmpty() ? "" : ",")
                    .append('"')
                    .append(rc)
                    .append("\":")
                    .append(n));
            body.append(amounts).append("}}");
        });
        Reply current = api.get("/allocations/" + consumer);
        Object generation = current.<Map<String, Object>>json("$").get("consumer_generation");
        var before = allocations(consumer);
        Reply put = api.put(
                "/allocations/" + consumer,
                "{\"allocations\":{" + body + "},\"project_id\":\""
                        + PROJECTS.get(c.project()) + "\",\"user_id\":\"" + USERS.get(c.user())
                        + "\",\"consumer_type\":\"INSTANCE\",\"consumer_generation\":" + generation + "}");
        if (put.status() == 204) {
            writes.add(new Write(before, allocations(consumer)));
        }
    }

    private int generation(String provider) {
        Reply reply = api.get("/resource_providers/" + provider);
        return reply.status() == 200 ? reply.json("$.generation") : 0;
    }

    /** The consumer's allocations as GET /allocations/{consumer} answers them. */
    Map<String, Map<String, Long>> allocations(String consumer) {
        Map<String, Map<String, Object>> json =
                api.get("/allocations/" + consumer).json("$.allocations");
        Map<String, Map<String, Long>> allocations = new LinkedHashMap<>();
        json.forEach((rp, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Number> resources = (Map<String, Number>) value.get("resources");
            Map<String, Long> amounts = new TreeMap<>();
            resources.forEach((rc, n) -> amounts.put(rc, n.longValue()));
            allocations.put(rp, amounts);
        });
        return allocations;
    }
}
