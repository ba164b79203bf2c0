package io.inventoryledger.app.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import io.inventoryledger.app.provider.Uuids;
import io.inventoryledger.app.web.PlacementHttpException;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON-schema checks that Placement's allocation schemas make, refused with Placement's wording
 * ("JSON does not validate: ... Failed validating '<keyword>' in schema"), which clients and its tests match.
 */
final class SchemaChecks {
    static final Pattern UUID_KEY = Pattern.compile("^[0-9a-fA-F-]{36}$");
    static final Pattern RESOURCE_CLASS = Pattern.compile("^[A-Z0-9_]+$");
    static final Pattern MAPPING_GROUP = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    private SchemaChecks() {}

    static PlacementHttpException fail(String keyword, String message) {
        return PlacementHttpException.badRequest(
                "JSON does not validate: " + message + "\n\nFailed validating '" + keyword + "' in schema");
    }

    static JsonNode object(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw fail("type", repr(node) + " is not of type 'object'");
        }
        return node;
    }

    static void only(JsonNode object, Set<String> allowed) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail(
                        "additionalProperties",
                        "Additional properties are not allowed ('" + name + "' was unexpected)");
            }
        }
    }

    static JsonNode required(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            throw fail("required", "'" + field + "' is a required property");
        }
        return value;
    }

    static void minProperties(JsonNode object, int min) {
        if (object.size() < min) {
            throw fail("minProperties", repr(object) + " does not have enough properties");
        }
    }

    /** Every key must match {@code pattern} (patternProperties with additionalProperties false). */
    static void keysMatch(JsonNode object, Pattern pattern) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!pattern.matcher(name).find()) {
                throw fail(
                        "additionalProperties",
                        "'" + name + "' does not match any of the regexes: '" + pattern.pattern() + "'");
            }
        }
    }

    static String string(JsonNode value, int minLength, int maxLength) {
        if (!value.isTextual()) {
            throw fail("type", repr(value) + " is not of type 'string'");
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        if (length < minLength) {
            throw fail("minLength", repr(value) + " is too short");
        }
        if (length > maxLength) {
            throw fail("maxLength", repr(value) + " is too long");
        }
        return text;
    }

    static String pattern(JsonNode value, Pattern pattern, int maxLength) {
        String text = string(value, 1, maxLength);
        if (!pattern.matcher(text).find()) {
            throw fail("pattern", repr(value) + " does not match '" + pattern.pattern() + "'");
        }
        return text;
    }

    static long integer(JsonNode value, long minimum) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw fail("type", repr(value) + " is not of type 'integer'");
        }
        long n = value.asLong();
        if (n < minimum) {
            throw fail("minimum", n + " is less than the minimum of " + minimum);
        }
        return n;
    }

    /** An integer or null (consumer_generation). */
    static Long nullableInteger(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw fail("type", repr(value) + " is not of type 'integer', 'null'");
        }
        return value.asLong();
    }

    static String uuid(JsonNode value) {
        if (!value.isTextual()) {
            throw fail("type", repr(value) + " is not of type 'string'");
        }
        if (Uuids.parseOrNull(value.asText()) == null) {
            throw fail("format", repr(value) + " is not a 'uuid'");
        }
        return value.asText();
    }

    /** Python's repr of a JSON value, as jsonschema prints it. */
    static String repr(JsonNode node) {
        if (node == null || node.isNull()) {
            return "None";
        }
        if (node.isTextual()) {
            return "'" + node.asText() + "'";
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "True" : "False";
        }
        return node.toString();
    }
}
