package io.inventoryledger.app.dashboard;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyRule;
import io.inventoryledger.app.readmodel.AwaitsReadModel;
import io.inventoryledger.projections.dashboard.DashboardProjection;
import io.inventoryledger.projections.dashboard.DashboardQueries;
import io.inventoryledger.projections.dashboard.DashboardRetention;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's JSON API (readers): capacity and usage per class, aggregate and root provider, usage per project
 * and user, the fullest and the busiest providers, and usage over time. Each answers 200, or 400 with a
 * {@code ledger.dashboard.*} code for a bad query value; 403 for callers the rule refuses. Each first waits for the
 * dashboard's processor to apply what the store held when the request came in ({@link AwaitsReadModel}).
 */
@RestController
@AwaitsReadModel(DashboardProjection.PROCESSING_GROUP)
@ConditionalOnProperty(name = "ledger.dashboard.enabled", havingValue = "true", matchIfMissing = true)
class DashboardController {
    private final DashboardQueries queries;
    private final DashboardParameters parameters;
    private final DashboardRetention retention;
    private final Clock clock = Clock.systemUTC();

    DashboardController(DashboardQueries queries, DashboardParameters parameters, DashboardRetention retention) {
        this.queries = queries;
        this.parameters = parameters;
        this.retention = retention;
    }

    @PolicyRule(PlacementRules.DASHBOARD_CLASSES)
    @GetMapping(value = "/ledger/dashboard/classes", produces = "application/json")
    Map<String, Object> classes(@RequestParam(name = "resource_class", required = false) String resourceClass) {
        return Map.of(
                "classes", DashboardJson.figures(queries.classes(parameters.resourceClass(resourceClass, false))));
    }

    @PolicyRule(PlacementRules.DASHBOARD_AGGREGATES)
    @GetMapping(value = "/ledger/dashboard/aggregates", produces = "application/json")
    Map<String, Object> aggregates(@ParameterObject DashboardPageQuery query) {
        return groups("aggregates", "aggregate", query);
    }

    @PolicyRule(PlacementRules.DASHBOARD_ROOTS)
    @GetMapping(value = "/ledger/dashboard/roots", produces = "application/json")
    Map<String, Object> roots(@ParameterObject DashboardPageQuery query) {
        return groups("roots", "root", query);
    }

    @PolicyRule(PlacementRules.DASHBOARD_USAGES)
    @GetMapping(value = "/ledger/dashboard/usages/projects", produces = "application/json")
    Map<String, Object> projects(@ParameterObject DashboardPageQuery query) {
        return owners("projects", "project", query);
    }

    @PolicyRule(PlacementRules.DASHBOARD_USAGES)
    @GetMapping(value = "/ledger/dashboard/usages/users", produces = "application/json")
    Map<String, Object> users(@ParameterObject DashboardPageQuery query) {
        return owners("users", "user", query);
    }

    private Map<String, Object> groups(String name, String scope, DashboardPageQuery query) {
        return page(
                name, query, (rc, limit, offset) -> queries.groups(scope, rc, limit, offset), DashboardJson::groups);
    }

    private Map<String, Object> owners(String name, String kind, DashboardPageQuery query) {
        return page(name, query, (rc, limit, offset) -> queries.owners(kind, rc, limit, offset), DashboardJson::owners);
    }

    /** A page of a list, read with one row more than it shows to know whether another page follows. */
    private <T> Map<String, Object> page(
            String name,
            DashboardPageQuery query,
            PageReader<T> reader,
            Function<List<T>, List<Map<String, Object>>> render) {
        String rc = parameters.resourceClass(query.resourceClass(), false);
        int pageSize = parameters.limit(query.limit(), 50);
        int from = parameters.offset(query.offset());
        List<T> rows = reader.read(rc, pageSize + 1, from);
        return DashboardJson.page(
                name,
                render.apply(rows.subList(0, Math.min(pageSize, rows.size()))),
                from,
                pageSize,
                rows.size() > pageSize);
    }

    private interface PageReader<T> {
        List<T> read(String resourceClass, int limit, int offset);
    }

    @PolicyRule(PlacementRules.DASHBOARD_PROVIDERS)
    @GetMapping(value = "/ledger/dashboard/providers/fullest", produces = "application/json")
    Map<String, Object> fullest(
            @RequestParam(name = "resource_class", required = false) String resourceClass,
            @RequestParam(required = false) String limit) {
        String rc = parameters.resourceClass(resourceClass, true);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("resource_class", rc);
        json.put("fill_distribution", DashboardJson.distribution(queries.fillDistribution(rc)));
        json.put("providers", DashboardJson.fills(queries.fullest(rc, parameters.limit(limit, 10))));
        return json;
    }

    @PolicyRule(PlacementRules.DASHBOARD_PROVIDERS)
    @GetMapping(value = "/ledger/dashboard/providers/hottest", produces = "application/json")
    Map<String, Object> hottest(
            @RequestParam(required = false) String minutes, @RequestParam(required = false) String limit) {
        int window = parameters.window(
                "minutes", minutes, 10, (int) Math.max(1, retention.activity().toMinutes()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("minutes", window);
        json.put(
                "providers",
                DashboardJson.activity(
                        queries.hottest(
                                DashboardRetention.minuteOf(clock.instant()).minus(Duration.ofMinutes(window - 1)),
                                parameters.limit(limit, 10)),
                        window));
        return json;
    }

    @PolicyRule(PlacementRules.DASHBOARD_SERIES)
    @GetMapping(value = "/ledger/dashboard/series", produces = "application/json")
    Map<String, Object> series(
            @RequestParam(name = "resource_class", required = false) String resourceClass,
            @RequestParam(name = "project_id", required = false) String project,
            @RequestParam(required = false) String bucket,
            @RequestParam(required = false) String buckets) {
        String rc = parameters.resourceClass(resourceClass, true);
        String resolution = parameters.bucket(bucket);
        boolean minutes = resolution.equals(DashboardRetention.MINUTE);
        Duration step = minutes ? Duration.ofMinutes(1) : Duration.ofHours(1);
        Duration kept = minutes ? retention.minutes() : retention.hours();
        int count = parameters.window("buckets", buckets, minutes ? 60 : 48, (int) Math.max(1, kept.dividedBy(step)));
        Instant now = clock.instant();
        Instant since = now.minus(step.multipliedBy(count - 1L));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("resource_class", rc);
        json.put("project_id", project == null || project.isEmpty() ? null : project);
        json.put("bucket", resolution);
        json.put(
                "points",
                DashboardJson.points(queries.series(
                        resolution, project == null || project.isEmpty() ? null : project, rc, since, now)));
        return json;
    }
}
