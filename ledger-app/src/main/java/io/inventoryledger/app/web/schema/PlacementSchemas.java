package io.inventoryledger.app.web.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Placement's request schemas ({@code classpath:schemas/NAME.json}, read as Draft 2020-12 like
 * Placement's jsonschema does), checked by networknt's validator and refused in Placement's words.
 */
public final class PlacementSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry BODIES = registry(UuidFormat.BODY);
    private static final SchemaRegistry QUERIES = registry(UuidFormat.QUERY);
    private static final Map<String, Loaded> SCHEMAS = new ConcurrentHashMap<>();

    private PlacementSchemas() {}

    /** Checks a request body against the route's schema at this microversion, as Placement's extract_json. */
    public static JsonNode requireValid(JsonNode body, RequestSchema schema, Microversion version) {
        return requireValid(body, schema.nameAt(version.minor()));
    }

    /**
     * Checks a query as Placement's validate_query_params: the schema sees the last value of each key
     * (webob's {@code dict(req.GET)}).
     *
     * @return the last value of each key, in the order the keys first appear
     */
    public static Map<String, String> requireValidQuery(
            Map<String, List<String>> query, RequestSchema schema, int minor) {
        Map<String, String> last = new LinkedHashMap<>();
        query.forEach((key, values) -> last.put(key, values.get(values.size() - 1)));
        requireValidQuery(last, schema.nameAt(minor));
        return last;
    }

    /** The same check of values the route reads elsewhere than the last (Placement reads the first limit). */
    public static void requireValidValues(Map<String, String> values, RequestSchema schema, int minor) {
        requireValidQuery(values, schema.nameAt(minor));
    }

    /** 400 "JSON does not validate: ...". */
    static JsonNode requireValid(JsonNode body, String schemaName) {
        violation(body, schemaName, BODIES).ifPresent(why -> {
            throw PlacementHttpException.badRequest("JSON does not validate: " + why);
        });
        return body;
    }

    /** 400 "Invalid query string parameters: ...". */
    private static void requireValidQuery(Map<String, String> parameters, String schemaName) {
        ObjectNode query = JSON.createObjectNode();
        parameters.forEach(query::put);
        violation(query, schemaName, QUERIES).ifPresent(why -> {
            throw PlacementHttpException.badRequest("Invalid query string parameters: " + why);
        });
    }

    /** The violation Python's jsonschema would raise, described as it would describe it. */
    static Optional<String> violation(JsonNode instance, String schemaName) {
        return violation(instance, schemaName, BODIES);
    }

    private static Optional<String> violation(JsonNode instance, String schemaName, SchemaRegistry registry) {
        Loaded loaded = SCHEMAS.computeIfAbsent(
                (registry == BODIES ? "body:" : "query:") + schemaName, key -> load(schemaName, registry));
        List<Error> errors = loaded.schema.validate(instance);
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        Violation best = new Violations(loaded.json, instance).best(errors);
        return Optional.of(PythonMessages.describe(best, loaded.json, instance));
    }

    private static SchemaRegistry registry(UuidFormat uuid) {
        return SchemaRegistry.withDialect(
                Dialect.builder(Dialects.getDraft202012()).format(uuid).build(),
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
    }

    private static Loaded load(String name, SchemaRegistry registry) {
        try (InputStream in = PlacementSchemas.class.getResourceAsStream("/schemas/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no schema named " + name);
            }
            JsonNode json = JSON.readTree(in);
            return new Loaded(json, registry.getSchema(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Loaded(JsonNode json, Schema schema) {}
}
