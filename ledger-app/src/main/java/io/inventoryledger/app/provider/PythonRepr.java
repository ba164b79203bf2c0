package io.inventoryledger.app.provider;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON value written as Placement's messages show it (Python's repr): 'text', not "text". */
final class PythonRepr {
    private PythonRepr() {}

    static String of(JsonNode value) {
        if (value.isTextual()) {
            return "'" + value.asText().replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value.isNull()) {
            return "None";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "True" : "False";
        }
        return value.toString();
    }
}
