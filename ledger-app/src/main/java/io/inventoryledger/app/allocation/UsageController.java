package io.inventoryledger.app.allocation;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.web.CacheHeaders;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.app.web.Since;
import io.inventoryledger.projections.allocation.AllocationQueries;
import io.inventoryledger.projections.allocation.UsageRow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /usages (1.9): a project's (and user's) usage, grouped by consumer type from 1.38. */
@RestController
class UsageController {
    private static final Pattern CONSUMER_TYPE = Pattern.compile("^[A-Z0-9_]+$|^all|^unknown$");

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
            @RequestParam Map<String, String> query, Microversion version, Caller caller) {
        // As Placement: the project asked for is the target, checked before the query is validated.
        policy.authorize(caller, PlacementRules.TOTAL_USAGES, PolicyEnforcer.projectTarget(query.get("project_id")));
        boolean byType = version.isAtLeast(38);
        Set<String> allowed =
                byType ? Set.of("project_id", "user_id", "consumer_type") : Set.of("project_id", "user_id");
        for (String key : query.keySet()) {
            if (!allowed.contains(key)) {
                throw invalid(
                        "Additional properties are not allowed ('" + key + "' was unexpected)", "additionalProperties");
            }
        }
        String project = query.get("project_id");
        if (project == null) {
            throw invalid("'project_id' is a required property", "required");
        }
        checkLength(project);
        String user = query.get("user_id");
        if (user != null) {
            checkLength(user);
        }
        String type = query.get("consumer_type");
        if (type != null) {
            checkLength(type);
            if (!CONSUMER_TYPE.matcher(type).find()) {
                throw invalid("'" + type + "' does not match '" + CONSUMER_TYPE.pattern() + "'", "pattern");
            }
        }
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

    private static void checkLength(String value) {
        if (value.isEmpty()) {
            throw invalid("'' is too short", "minLength");
        }
        if (value.codePointCount(0, value.length()) > 255) {
            throw invalid("'" + value + "' is too long", "maxLength");
        }
    }

    private static PlacementHttpException invalid(String message, String keyword) {
        return PlacementHttpException.badRequest(
                "Invalid query string parameters: " + message + "\n\nFailed validating '" + keyword + "' in schema");
    }
}
