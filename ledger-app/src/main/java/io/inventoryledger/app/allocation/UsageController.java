package io.inventoryledger.app.allocation;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.web.CacheHeaders;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.Since;
import io.inventoryledger.app.web.schema.PlacementSchemas;
import io.inventoryledger.app.web.schema.RequestSchema;
import io.inventoryledger.projections.allocation.AllocationQueries;
import io.inventoryledger.projections.allocation.UsageRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /usages (1.9): a project's (and user's) usage, grouped by consumer type from 1.38. */
@RestController
class UsageController {
    private final AllocationQueries queries;
    private final PolicyEnforcer policy;

    UsageController(AllocationQueries queries, PolicyEnforcer policy) {
        this.queries = queries;
        this.policy = policy;
    }

    /** 200 with the usages; 400 bad or unknown query parameters; 404 below 1.9. */
    @Since(9)
    @GetMapping(value = "/usages", produces = "application/json")
    ResponseEntity<Map<String, Object>> totals(
            @RequestParam MultiValueMap<String, String> parameters, Microversion version, Caller caller) {
        // As Placement: the project asked for is the target, checked before the query is validated.
        List<String> projects = parameters.getOrDefault("project_id", List.of());
        policy.authorize(
                caller,
                PlacementRules.TOTAL_USAGES,
                PolicyEnforcer.projectTarget(projects.isEmpty() ? null : projects.get(projects.size() - 1)));
        Map<String, String> query =
                PlacementSchemas.requireValidQuery(parameters, RequestSchema.USAGES_QUERY, version.minor());
        boolean byType = version.isAtLeast(38);
        String project = query.get("project_id");
        String user = query.get("user_id");
        String type = query.get("consumer_type");
        Map<String, Object> usages = new LinkedHashMap<>();
        if (byType) {
            for (UsageRow row : queries.usagesByConsumerType(project, user, type)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> group = (Map<String, Object>)
                        usages.computeIfAbsent(row.consumerType(), k -> new LinkedHashMap<String, Object>());
                group.put(row.resourceClass(), row.used());
                group.put("consumer_count", row.consumerCount());
            }
        } else {
            usages.putAll(queries.totalUsages(project, user));
        }
        return CacheHeaders.apply(ResponseEntity.ok(), version, null).body(Map.of("usages", usages));
    }
}
