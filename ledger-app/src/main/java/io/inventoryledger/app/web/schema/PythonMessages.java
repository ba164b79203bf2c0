package io.inventoryledger.app.web.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Describes a violation as Python's str(ValidationError) does, since Placement's 400 details are made
 * of that text and clients and tests match on it.
 */
final class PythonMessages {
    private PythonMessages() {}

    /** "message\n\nFailed validating 'kw' in schema[...]:\n    {...}\n\nOn instance[...]:\n    value". */
    static String describe(Violation violation, JsonNode schemaRoot, JsonNode instanceRoot) {
        JsonNode subschema = Violations.at(schemaRoot, violation.subschemaPath());
        JsonNode instance = Violations.at(instanceRoot, violation.instancePath());
        return message(violation, subschema, instance)
                + "\n\nFailed validating " + PythonRepr.string(violation.keyword()) + " in schema"
                + index(violation.subschemaPath()) + ":\n    " + PythonRepr.sorted(subschema)
                + "\n\nOn instance" + index(violation.instancePath()) + ":\n    " + PythonRepr.sorted(instance);
    }

    private static String message(Violation violation, JsonNode subschema, JsonNode instance) {
        String value = PythonRepr.of(instance);
        JsonNode keywordValue = subschema.get(violation.keyword());
        return switch (violation.keyword()) {
            case "type" -> value + " is not of type " + types(keywordValue);
            case "required" -> PythonRepr.string(violation.names().get(0)) + " is a required property";
            case "additionalProperties" -> additional(violation.names(), subschema);
            case "minimum" -> value + " is less than the minimum of " + PythonRepr.of(keywordValue);
            case "maximum" -> value + " is greater than the maximum of " + PythonRepr.of(keywordValue);
            case "exclusiveMinimum" ->
                value + " is less than or equal to the minimum of " + PythonRepr.of(keywordValue);
            case "exclusiveMaximum" ->
                value + " is greater than or equal to the maximum of " + PythonRepr.of(keywordValue);
            case "maxLength", "maxItems" -> value + " is too long";
            case "minLength", "minItems" -> value + " is too short";
            case "pattern" -> value + " does not match " + PythonRepr.of(keywordValue);
            case "format" -> value + " is not a " + PythonRepr.of(keywordValue);
            case "enum" -> value + " is not one of " + PythonRepr.of(keywordValue);
            case "const" -> PythonRepr.of(keywordValue) + " was expected";
            case "anyOf", "oneOf" -> value + " is not valid under any of the given schemas";
            case "minProperties" -> value + " does not have enough properties";
            case "maxProperties" -> value + " has too many properties";
            case "uniqueItems" -> value + " has non-unique elements";
            default -> value + " is not valid under the schema's '" + violation.keyword() + "'";
        };
    }

    private static String types(JsonNode type) {
        if (type != null && type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(PythonRepr.of(t)));
            return String.join(", ", names);
        }
        return PythonRepr.of(type);
    }

    private static String additional(List<String> extras, JsonNode subschema) {
        if (subschema.has("patternProperties")) {
            List<String> patterns = new ArrayList<>();
            subschema.get("patternProperties").fieldNames().forEachRemaining(patterns::add);
            patterns.sort(null);
            return extras.stream().sorted().map(PythonRepr::string).collect(Collectors.joining(", "))
                    + (extras.size() == 1 ? " does" : " do") + " not match any of the regexes: "
                    + patterns.stream().map(PythonRepr::string).collect(Collectors.joining(", "));
        }
        return "Additional properties are not allowed ("
                + extras.stream().map(PythonRepr::string).collect(Collectors.joining(", "))
                + (extras.size() == 1 ? " was" : " were") + " unexpected)";
    }

    private static String index(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object element : path) {
            out.append('[')
                    .append(element instanceof Integer ? element.toString() : PythonRepr.string(element.toString()))
                    .append(']');
        }
        return out.toString();
    }
}
