package io.inventoryledger.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.dashboard.DashboardRecomputation.Figures;
import io.inventoryledger.app.support.LedgerNode;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * After a random story told through the API, every dashboard answer equals a plain recomputation from the Placement
 * API's own answers (providers' inventories, usages and aggregates; consumers' allocations; the accepted writes'
 * allocations before and after), and a rebuild from the history reports the dashboard tables equal to the live ones.
 */
class DashboardProjectionPropertyTest {
    private static LedgerNode node;
    private static PlacementClient api;

    @BeforeContainer
    static void start() {
        node = LedgerNode.start(new String[] {"test"});
        api = node.admin();
    }

    @AfterContainer
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Provide
    Arbitrary<List<DashboardStory.Step>> stories() {
        return DashboardStory.stories();
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void everyAnswerEqualsARecomputationAndTheRebuildEqualsTheLiveTables(
            @ForAll("stories") List<DashboardStory.Step> steps) {
        assertThat(api.post("/ledger/testing/reset", "{}").status()).isEqualTo(204);
        DashboardStory story = new DashboardStory(api);
        story.tell(steps);
        DashboardRecomputation expected = new DashboardRecomputation(api, story.consumers);

        assertThat(figures(get("/ledger/dashboard/classes").json("$.classes"))).isEqualTo(json(expected.perClass));
        assertThat(groups(get("/ledger/dashboard/aggregates?limit=1000").json("$.aggregates")))
                .isEqualTo(groupsJson(expected.perAggregate));
        Reply roots = get("/ledger/dashboard/roots?limit=1000");
        assertThat(groups(roots.json("$.roots"))).isEqualTo(groupsJson(expected.perRoot));
        List<Map<String, Object>> rootRows = roots.json("$.roots");
        rootRows.forEach(r -> assertThat(r.get("name")).isEqualTo(expected.rootNames.get(r.get("uuid"))));
        for (String kind : List.of("project", "user")) {
            List<Map<String, Object>> owners =
                    get("/ledger/dashboard/usages/" + kind + "s?limit=1000").json("$." + kind + "s");
            Map<String, Map<String, long[]>> want = expected.owners.getOrDefault(kind, Map.of());
            assertThat(owners)
                    .hasSize(want.values().stream().mapToInt(Map::size).sum());
            owners.forEach(o -> assertThat(new long[] {num(o, "used"), num(o, "consumers")})
                    .isEqualTo(want.get(o.get("id")).get(o.get("resource_class"))));
        }
        for (String rc : DashboardStory.CLASSES) {
            Reply fullest = get("/ledger/dashboard/providers/fullest?resource_class=" + rc + "&limit=5");
            List<Number> distribution = fullest.json("$.fill_distribution[*].providers");
            assertThat(distribution.stream().map(Number::longValue).toList())
                    .containsExactlyElementsOf(java.util.Arrays.stream(expected.distribution(rc))
                            .boxed()
                            .toList());
            List<Number> fills = fullest.json("$.providers[*].fill_percent");
            assertThat(fills.stream().map(f -> Math.round(f.doubleValue() * 10)).toList())
                    .isEqualTo(expected.fillsDescending(rc).stream().limit(5).toList());
            long used = expected.perClass
                    .getOrDefault(rc, new Figures(0, 0, 0, 0, 0))
                    .used();
            List<Number> levels = get("/ledger/dashboard/series?resource_class=" + rc + "&buckets=60")
                    .json("$.points[*].used");
            assertThat(levels).hasSize(60);
            assertThat(levels.get(0).longValue())
                    .as("nothing was used an hour ago")
                    .isZero();
            assertThat(levels.get(59).longValue()).isEqualTo(used);
        }
        for (String project : DashboardStory.PROJECTS) {
            long used = expected.owners
                    .getOrDefault("project", Map.of())
                    .getOrDefault(project, Map.of())
                    .getOrDefault("VCPU", new long[2])[0];
            Map<String, Number> usages =
                    api.microversion("1.9").get("/usages?project_id=" + project).json("$.usages");
            assertThat(usages.getOrDefault("VCPU", 0).longValue()).isEqualTo(used);
            List<Number> levels = get("/ledger/dashboard/series?resource_class=VCPU&project_id=" + project
                            + "&bucket=hour&buckets=2")
                    .json("$.points[*].used");
            assertThat(levels.get(levels.size() - 1).longValue()).isEqualTo(used);
        }
        assertThat(activity(get("/ledger/dashboard/providers/hottest?minutes=60&limit=1000")
                        .json("$.providers")))
                .isEqualTo(expectedActivity(story));

        Reply rebuild = api.post("/ledger/projections/rebuild?wait=true", "");
        assertThat(rebuild.<List<String>>json("$.tables[?(@.equal==false)].table"))
                .isEmpty();
        assertThat(rebuild.<List<String>>json("$.tables[*].table"))
                .contains("dashboard_totals", "dashboard_usage_series");
        assertThat((Boolean) rebuild.json("$.equal")).isTrue();
    }

    private static Reply get(String path) {
        Reply reply = api.get(path);
        assertThat(reply.status()).as(path + " " + reply).isEqualTo(200);
        return reply;
    }

    private static long num(Map<String, Object> json, String key) {
        return ((Number) json.get(key)).longValue();
    }

    private static Map<String, Map<String, Long>> figures(List<Map<String, Object>> rows) {
        Map<String, Map<String, Long>> byClass = new TreeMap<>();
        for (Map<String, Object> row : rows) {
            byClass.put(
                    (String) row.get("resource_class"),
                    row.entrySet().stream()
                            .filter(e -> !e.getKey().equals("resource_class"))
                            .collect(Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).longValue())));
        }
        return byClass;
    }

    private static Map<String, Map<String, Long>> json(Map<String, Figures> figures) {
        Map<String, Map<String, Long>> json = new TreeMap<>();
        figures.forEach((rc, f) -> json.put(rc, f.json()));
        return json;
    }

    private static Map<String, Map<String, Map<String, Long>>> groups(List<Map<String, Object>> rows) {
        Map<String, Map<String, Map<String, Long>>> groups = new TreeMap<>();
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> classes = (List<Map<String, Object>>) row.get("classes");
            groups.put((String) row.get("uuid"), figures(classes));
        }
        return groups;
    }

    private static Map<String, Map<String, Map<String, Long>>> groupsJson(Map<String, Map<String, Figures>> groups) {
        Map<String, Map<String, Map<String, Long>>> json = new TreeMap<>();
        groups.forEach((key, figures) -> json.put(key, json(figures)));
        return json;
    }

    private static Map<String, List<Long>> activity(List<Map<String, Object>> rows) {
        Map<String, List<Long>> byProvider = new TreeMap<>();
        rows.forEach(r -> byProvider.put((String) r.get("uuid"), List.of(num(r, "claims"), num(r, "releases"))));
        return byProvider;
    }

    /** Per provider, the accepted writes that raised (a claim) or only lowered (a release) its allocations. */
    private static Map<String, List<Long>> expectedActivity(DashboardStory story) {
        Map<String, long[]> counts = new TreeMap<>();
        for (DashboardStory.Write write : story.writes) {
            Map<String, Map<String, Long>> delta = new TreeMap<>();
            write.before()
                    .forEach((rp, r) -> r.forEach((rc, n) ->
                            delta.computeIfAbsent(rp, x -> new TreeMap<>()).merge(rc, -n, Long::sum)));
            write.after()
                    .forEach((rp, r) -> r.forEach((rc, n) ->
                            delta.computeIfAbsent(rp, x -> new TreeMap<>()).merge(rc, n, Long::sum)));
            delta.forEach((rp, byClass) -> {
                byClass.values().removeIf(d -> d == 0);
                if (!byClass.isEmpty()) {
                    boolean raised = byClass.values().stream().anyMatch(d -> d > 0);
                    counts.computeIfAbsent(rp, x -> new long[2])[raised ? 0 : 1]++;
                }
            });
        }
        Map<String, List<Long>> expected = new TreeMap<>();
        counts.forEach((rp, c) -> expected.put(rp, List.of(c[0], c[1])));
        return expected;
    }
}
