package io.inventoryledger.app.provider;

import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.app.web.schema.PlacementSchemas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The filters of GET /resource_providers, checked against Placement's query schema of the requested
 * microversion (name and uuid from 1.0; member_of 1.3, resources 1.4, in_tree 1.14, required 1.18).
 * A filter is added by giving it a field here and a clause in ProviderQueries.
 */
record ProviderFilters(String name, UUID uuid) {
    /** Filters that the schema admits but this ledger does not apply yet: refused rather than ignored. */
    private static final List<String> NOT_YET_APPLIED = List.of("member_of", "resources", "in_tree", "required");

    static ProviderFilters from(Map<String, List<String>> parameters, Microversion version) {
        Map<String, String> last = new LinkedHashMap<>();
        parameters.forEach((key, values) -> last.put(key, values.get(values.size() - 1)));
        PlacementSchemas.requireValidQuery(last, schemaFor(version));
        for (String filter : NOT_YET_APPLIED) {
            if (last.containsKey(filter)) {
                throw PlacementHttpException.badRequest("Invalid query string parameters: filtering by '" + filter
                        + "' is not supported by this ledger yet");
            }
        }
        return new ProviderFilters(last.get("name"), last.containsKey("uuid") ? Uuids.parseOrNull(last.get("uuid"))
                : null);
    }

    private static String schemaFor(Microversion version) {
        if (version.isAtLeast(18)) {
            return "resource_providers-query-1.18";
        }
        if (version.isAtLeast(14)) {
            return "resource_providers-query-1.14";
        }
        if (version.isAtLeast(4)) {
            return "resource_providers-query-1.4";
        }
        return version.isAtLeast(3) ? "resource_providers-query-1.3" : "resource_providers-query-1.0";
    }
}
