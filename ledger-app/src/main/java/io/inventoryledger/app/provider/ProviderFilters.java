package io.inventoryledger.app.provider;

import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.schema.PlacementSchemas;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query of GET /resource_providers checked against Placement's query schema of the requested
 * microversion (name and uuid from 1.0; member_of 1.3, resources 1.4, in_tree 1.14, required 1.18), so
 * that malformed queries are refused in Placement's words; {@link ProviderFilter} then reads them.
 */
final class ProviderFilters {
    private ProviderFilters() {}

    static void checkSchema(Map<String, List<String>> parameters, Microversion version) {
        Map<String, String> last = new LinkedHashMap<>();
        parameters.forEach((key, values) -> last.put(key, values.get(values.size() - 1)));
        PlacementSchemas.requireValidQuery(last, schemaFor(version));
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
