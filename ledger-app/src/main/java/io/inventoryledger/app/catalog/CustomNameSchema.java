package io.inventoryledger.app.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.inventoryledger.app.web.JsonBody;
import io.inventoryledger.core.catalog.CustomNames;
import java.util.Set;

/** Placement's JSON schema for a custom resource class name ({"name": "CUSTOM_..."}), with its wording. */
final class CustomNameSchema {
    private CustomNameSchema() {}

    /** The name in a {"name": ...} body. */
    static String nameIn(JsonNode body) {
        JsonBody.requireObject(body);
        JsonBody.onlyFields(body, Set.of("name"));
        return check(JsonBody.requiredString(body, "name"));
    }

    /** A name given in the path, validated as if it had come in a body (Placement does so). */
    static String check(String name) {
        if (!CustomNames.matchesPattern(name)) {
            throw JsonBody.invalid("'" + name + "' does not match '" + CustomNames.PATTERN
                    + "'\n\nFailed validating 'pattern' in schema['properties']['name']");
        }
        if (name.length() > CustomNames.MAX_LENGTH) {
            throw JsonBody.invalid(
                    "'" + name + "' is too long\n\nFailed validating 'maxLength' in" + " schema['properties']['name']");
        }
        return name;
    }
}
