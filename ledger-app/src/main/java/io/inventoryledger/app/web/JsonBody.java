package io.inventoryledger.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * Small hand checks of a request body, refused as Placement does: "JSON does not validate: ...".
 * Prefer {@link io.inventoryledger.app.web.schema.PlacementSchemas} with Placement's own schema, which
 * words every refusal exactly as Placement does; these remain for checks no schema expresses.
 */
public final class JsonBody {
    private JsonBody() {}

    public static JsonNode requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid((body == null ? "None" : body.toString()) + " is not of type 'object'");
        }
        return body;
    }

    public static void onlyFields(JsonNode body, Set<String> allowed) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw invalid("Additional properties are not allowed ('" + name + "' was unexpected)");
            }
        }
    }

    public static String requiredString(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            throw invalid("'" + field + "' is a required property");
        }
        if (!value.isTextual()) {
            throw invalid(value + " is not of type 'string'");
        }
        return value.asText();
    }

    public static long requiredInteger(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            throw invalid("'" + field + "' is a required property");
        }
        return integer(value, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public static long integer(JsonNode value, long min, long max) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(value + " is not of type 'integer'");
        }
        long n = value.asLong();
        if (n < min) {
            throw invalid(n + " is less than the minimum of " + min);
        }
        if (n > max) {
            throw invalid(n + " is greater than the maximum of " + max);
        }
        return n;
    }

    public static PlacementHttpException invalid(String why) {
        return PlacementHttpException.badRequest("JSON does not validate: " + why);
    }
}
