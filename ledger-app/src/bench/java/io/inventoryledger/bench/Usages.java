package io.inventoryledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** GET /resource_providers/{uuid}/usages as a map; used by the verdicts. */
final class Usages {
    private Usages() {}

    static Map<String, Long> of(PlacementHttp http, UUID provider) {
        JsonNode usages = http.get("/resource_providers/" + provider + "/usages")
                .expect(200)
                .json()
                .path("usages");
        Map<String, Long> result = new HashMap<>();
        usages.fields()
                .forEachRemaining(
                        entry -> result.put(entry.getKey(), entry.getValue().asLong()));
        return result;
    }
}
