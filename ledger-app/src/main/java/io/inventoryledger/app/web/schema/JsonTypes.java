package io.inventoryledger.app.web.schema;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON Schema's type names as Python's jsonschema applies them (1.0 is an integer, true is not). */
final class JsonTypes {
    private JsonTypes() {}

    static boolean is(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" ->
                value.isIntegralNumber()
                        || (value.isFloatingPointNumber()
                                && value.doubleValue() == Math.rint(value.doubleValue())
                                && !Double.isInfinite(value.doubleValue()));
            case "number" -> value.isNumber();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
