package io.inventoryledger.app.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.inventoryledger.core.provider.Inventory;

/** Reads inventory fields that passed Placement's schema, with Placement's defaults. */
final class InventoryJson {
    private InventoryJson() {
    }

    static Inventory read(JsonNode json) {
        return new Inventory(json.get("total").asLong(),
                optional(json, "reserved", Inventory.DEFAULT_RESERVED),
                optional(json, "min_unit", Inventory.DEFAULT_MIN_UNIT),
                optional(json, "max_unit", Inventory.DEFAULT_MAX_UNIT),
                optional(json, "step_size", Inventory.DEFAULT_STEP_SIZE),
                json.has("allocation_ratio") ? json.get("allocation_ratio").asDouble()
                        : Inventory.DEFAULT_ALLOCATION_RATIO);
    }

    private static long optional(JsonNode json, String field, long defaultValue) {
        JsonNode value = json.get(field);
        return value == null ? defaultValue : value.asLong();
    }
}
