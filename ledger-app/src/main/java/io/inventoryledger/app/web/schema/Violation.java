package io.inventoryledger.app.web.schema;

import java.util.List;

/**
 * One schema violation in Python jsonschema's terms: the keyword, where it sits in the schema and
 * in the instance, and (for anyOf/oneOf) the violations of each alternative.
 *
 * @param schemaPath path to the keyword, the keyword included
 * @param names      the properties named (missing for "required", unexpected for "additionalProperties")
 */
record Violation(
        String keyword,
        List<Object> schemaPath,
        List<Object> instancePath,
        List<String> names,
        List<Violation> context) {
    List<Object> subschemaPath() {
        return schemaPath.subList(0, schemaPath.size() - 1);
    }

    boolean isWeak() {
        return keyword.equals("anyOf") || keyword.equals("oneOf");
    }
}
