package io.inventoryledger.app.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.inventoryledger.core.provider.Inventory;

/**
 * Reads an inventory with Placement's defaults. Every route that takes one has checked its body against Placement's
 * schema first (types, bounds, required fields), and the provider aggregate's {@code InventoryRules} own the rules
 * between fields; this only reads.
 */
public final class InventoryJson {
    private InventoryJson() {}

    public static Inventory read(JsonNode json) {
        return new Inventory(
                json.get("total").asLong(),
                optional(json, "reserved", Inventory.DEFAULT_RESERVED),
                optional(json, "min_unit", Inventory.DEFAULT_MIN_UNIT),
                optional(json, "max_unit", Inventory.DEFAULT_MAX_UNIT),
                optional(json, "step_size", Inventory.DEFAULT_STEP_SIZE),
                json.has("allocation_ratio")
                        ? json.get("allocation_ratio").asDouble()
                        : Inventory.DEFAULT_ALLOCATION_RATIO);
    }

    private static long optional(JsonNode json, String field, long defaultValue) {
        JsonNode value = json.get(field);
        return value == null ? defaultValue : value.asLong();
    }
}
