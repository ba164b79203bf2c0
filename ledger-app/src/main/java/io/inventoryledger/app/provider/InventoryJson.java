package io.inventoryledger.app.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.inventoryledger.app.web.JsonBody;
import io.inventoryledger.core.provider.Inventory;
import java.util.Set;

/**
 * Reads inventory fields with Placement's defaults. Routes check their body against Placement's schema first, but
 * the reshaper's schema constrains only inventories under resource-class-like keys (its inventories map has no
 * additionalProperties: false), so a value under any other key reaches this reader unchecked: the checks here turn
 * it into Placement's 400 instead of a 500 (HostileInputFuzzTest found one).
 */
public final class InventoryJson {
    public static final Set<String> FIELDS =
            Set.of("total", "reserved", "min_unit", "max_unit", "step_size", "allocation_ratio");

    private InventoryJson() {}

    public static Inventory read(JsonNode json) {
        JsonBody.requireObject(json);
        long total = JsonBody.requiredInteger(json, "total");
        JsonBody.integer(json.get("total"), 1, Inventory.MAX_INT);
        return new Inventory(
                total,
                optional(json, "reserved", Inventory.DEFAULT_RESERVED, 0),
                optional(json, "min_unit", Inventory.DEFAULT_MIN_UNIT, 1),
                optional(json, "max_unit", Inventory.DEFAULT_MAX_UNIT, 1),
                optional(json, "step_size", Inventory.DEFAULT_STEP_SIZE, 1),
                ratio(json));
    }

    private static long optional(JsonNode json, String field, long defaultValue, long min) {
        JsonNode value = json.get(field);
        return value == null ? defaultValue : JsonBody.integer(value, min, Inventory.MAX_INT);
    }

    private static double ratio(JsonNode json) {
        JsonNode value = json.get("allocation_ratio");
        if (value == null) {
            return Inventory.DEFAULT_ALLOCATION_RATIO;
        }
        if (!value.isNumber()) {
            throw JsonBody.invalid(value + " is not of type 'number'");
        }
        double ratio = value.asDouble();
        if (ratio < 0) {
            throw JsonBody.invalid(value + " is less than the minimum of 0");
        }
        if (ratio > 3.40282e+38) {
            throw JsonBody.invalid(value + " is greater than the maximum of 3.40282e+38");
        }
        return ratio;
    }
}
