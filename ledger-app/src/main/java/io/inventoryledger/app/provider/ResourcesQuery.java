package io.inventoryledger.app.provider;

import io.inventoryledger.app.web.PlacementHttpException;
import java.util.LinkedHashMap;
import java.util.Map;

/** resources=RC:n,RC:n as Placement reads it (1.4): amounts are integers of at least 1. */
final class ResourcesQuery {
    private static final String FORM = "Badly formed resources parameter. Expected resources query string"
            + " parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: ";

    private ResourcesQuery() {}

    static Map<String, Long> parse(String value) {
        if (value.isBlank()) {
            throw PlacementHttpException.badRequest(FORM + "empty string.");
        }
        Map<String, Long> amounts = new LinkedHashMap<>();
        for (String pair : value.split(",", -1)) {
            String[] parts = pair.split(":", -1);
            if (parts.length != 2) {
                throw PlacementHttpException.badRequest(FORM + pair + ".");
            }
            long amount;
            try {
                amount = Long.parseLong(parts[1].strip());
            } catch (NumberFormatException notAnInteger) {
                throw PlacementHttpException.badRequest("Requested resource " + parts[0] + " expected positive"
                        + " integer amount. Got: " + parts[1] + ".");
            }
            if (amount < 1) {
                throw PlacementHttpException.badRequest(
                        "Requested resource " + parts[0] + " requires amount >= 1." + " Got: " + amount + ".");
            }
            amounts.put(parts[0], amount);
        }
        return amounts;
    }
}
