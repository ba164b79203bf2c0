package io.inventoryledger.app.allocation;

import static io.inventoryledger.app.allocation.SchemaChecks.fail;
import static io.inventoryledger.app.allocation.SchemaChecks.integer;
import static io.inventoryledger.app.allocation.SchemaChecks.keysMatch;
import static io.inventoryledger.app.allocation.SchemaChecks.minProperties;
import static io.inventoryledger.app.allocation.SchemaChecks.object;
import static io.inventoryledger.app.allocation.SchemaChecks.only;
import static io.inventoryledger.app.allocation.SchemaChecks.repr;
import static io.inventoryledger.app.allocation.SchemaChecks.required;

import com.fasterxml.jackson.databind.JsonNode;
import io.inventoryledger.app.provider.InventoryJson;
import io.inventoryledger.app.provider.Uuids;
import io.inventoryledger.app.web.JsonBody;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.core.allocation.AllocationCommand.ReshapedInventory;
import io.inventoryledger.core.consumer.ConsumerClaim;
import io.inventoryledger.core.provider.Inventory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads allocation bodies in the shape each microversion gives them, as Placement's schemas do: the one
 * place that knows how the allocation formats changed (list 1.0, owner 1.8, dict 1.12, consumer
 * generation 1.28, mappings 1.34, consumer type 1.38).
 */
final class AllocationRequests {
    /** Placement's project and user for consumers written before 1.8, which could not name them. */
    static final String INCOMPLETE_CONSUMER = "00000000-0000-0000-0000-000000000000";

    private AllocationRequests() {}

    /** PUT /allocations/{consumer}. */
    static ConsumerClaim put(UUID consumer, JsonNode body, Microversion version) {
        requireBody(body);
        if (version.isAtLeast(12)) {
            return claim(consumer, body, version, version.isAtLeast(28) ? 0 : 1);
        }
        object(body);
        only(body, version.isAtLeast(8) ? Set.of("allocations", "project_id", "user_id") : Set.of("allocations"));
        JsonNode list = required(body, "allocations");
        if (!list.isArray()) {
            throw fail("type", repr(list) + " is not of type 'array'");
        }
        if (list.isEmpty()) {
            throw fail("minItems", "[] is too short");
        }
        Map<UUID, Map<String, Long>> allocations = new LinkedHashMap<>();
        for (JsonNode item : list) {
            object(item);
            only(item, Set.of("resource_provider", "resources"));
            JsonNode provider = object(required(item, "resource_provider"));
            only(provider, Set.of("uuid"));
            String uuid = SchemaChecks.uuid(required(provider, "uuid"));
            allocations.put(Uuids.parseOrNull(uuid), resources(required(item, "resources")));
        }
        String project = version.isAtLeast(8) ? owner(body, "project_id") : INCOMPLETE_CONSUMER;
        String user = version.isAtLeast(8) ? owner(body, "user_id") : INCOMPLETE_CONSUMER;
        return new ConsumerClaim(consumer, project, user, null, false, null, allocations);
    }

    /** POST /allocations: several consumers, each in the 1.12+ shape, where empty allocations are allowed. */
    static List<ConsumerClaim> post(JsonNode body, Microversion version) {
        requireBody(body);
        object(body);
        minProperties(body, 1);
        keysMatch(body, SchemaChecks.UUID_KEY);
        List<ConsumerClaim> claims = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            claims.add(claim(consumerKey(entry.getKey()), entry.getValue(), version, 0));
        }
        return claims;
    }

    /** POST /reshaper: inventories of several providers (with their generations) and allocations. */
    static Reshape reshape(JsonNode body, Microversion version) {
        requireBody(body);
        object(body);
        only(body, Set.of("inventories", "allocations"));
        JsonNode inventories = object(required(body, "inventories"));
        JsonNode allocations = object(required(body, "allocations"));
        minProperties(inventories, 1);
        keysMatch(inventories, SchemaChecks.UUID_KEY);
        Map<UUID, ReshapedInventory> reshaped = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = inventories.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode providerInventory = object(entry.getValue());
            only(providerInventory, Set.of("resource_provider_generation", "inventories"));
            long generation = integer(required(providerInventory, "resource_provider_generation"), Long.MIN_VALUE);
            JsonNode records = object(required(providerInventory, "inventories"));
            keysMatch(records, SchemaChecks.RESOURCE_CLASS);
            Map<String, Inventory> byClass = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> r = records.fields(); r.hasNext(); ) {
                Map.Entry<String, JsonNode> record = r.next();
                JsonBody.requireObject(record.getValue());
                JsonBody.onlyFields(record.getValue(), InventoryJson.FIELDS);
                byClass.put(record.getKey(), InventoryJson.read(record.getValue()));
            }
            reshaped.put(providerKey(entry.getKey()), new ReshapedInventory(generation, byClass));
        }
        keysMatch(allocations, SchemaChecks.UUID_KEY);
        List<ConsumerClaim> claims = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = allocations.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            claims.add(claim(consumerKey(entry.getKey()), entry.getValue(), version, 0));
        }
        return new Reshape(reshaped, claims);
    }

    record Reshape(Map<UUID, ReshapedInventory> inventories, List<ConsumerClaim> claims) {}

    /** One consumer's allocations in the 1.12+ dictionary shape. */
    private static ConsumerClaim claim(UUID consumer, JsonNode body, Microversion version, int minProviders) {
        object(body);
        Set<String> allowed = new HashSet<>(Set.of("allocations", "project_id", "user_id"));
        if (version.isAtLeast(28)) {
            allowed.add("consumer_generation");
        }
        if (version.isAtLeast(34)) {
            allowed.add("mappings");
        }
        if (version.isAtLeast(38)) {
            allowed.add("consumer_type");
        }
        only(body, allowed);
        JsonNode allocationsJson = object(required(body, "allocations"));
        minProperties(allocationsJson, minProviders);
        keysMatch(allocationsJson, SchemaChecks.UUID_KEY);
        Map<UUID, Map<String, Long>> allocations = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = allocationsJson.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode onProvider = object(entry.getValue());
            only(onProvider, Set.of("generation", "resources"));
            if (onProvider.has("generation")) {
                integer(onProvider.get("generation"), Long.MIN_VALUE);
            }
            allocations.put(providerKey(entry.getKey()), resources(required(onProvider, "resources")));
        }
        String project = owner(body, "project_id");
        String user = owner(body, "user_id");
        Long generation =
                version.isAtLeast(28) ? SchemaChecks.nullableInteger(required(body, "consumer_generation")) : null;
        if (body.has("mappings")) {
            mappings(body.get("mappings"));
        }
        String type = version.isAtLeast(38)
                ? SchemaChecks.pattern(required(body, "consumer_type"), SchemaChecks.RESOURCE_CLASS, 255)
                : null;
        return new ConsumerClaim(consumer, project, user, type, version.isAtLeast(28), generation, allocations);
    }

    private static Map<String, Long> resources(JsonNode json) {
        object(json);
        minProperties(json, 1);
        keysMatch(json, SchemaChecks.RESOURCE_CLASS);
        Map<String, Long> resources = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> resources.put(e.getKey(), integer(e.getValue(), 1)));
        return resources;
    }

    /** Accepted and checked, not stored: Placement uses mappings only to answer candidates' requests. */
    private static void mappings(JsonNode mappings) {
        object(mappings);
        minProperties(mappings, 1);
        mappings.fields().forEachRemaining(e -> {
            if (SchemaChecks.MAPPING_GROUP.matcher(e.getKey()).find()) {
                JsonNode list = e.getValue();
                if (!list.isArray()) {
                    throw fail("type", repr(list) + " is not of type 'array'");
                }
                if (list.isEmpty()) {
                    throw fail("minItems", "[] is too short");
                }
                list.forEach(SchemaChecks::uuid);
            }
        });
    }

    /** The body is read after the policy check, as Placement does; an empty one is malformed JSON. */
    private static void requireBody(JsonNode body) {
        if (body == null) {
            throw PlacementHttpException.badRequest("Malformed JSON: the body is empty.");
        }
    }

    private static String owner(JsonNode body, String field) {
        return SchemaChecks.string(required(body, field), 1, 255);
    }

    private static UUID providerKey(String key) {
        UUID uuid = Uuids.parseOrNull(key);
        if (uuid == null) {
            throw PlacementHttpException.badRequest(
                    "Allocation for resource provider '" + key + "' that does not exist.");
        }
        return uuid;
    }

    private static UUID consumerKey(String key) {
        UUID uuid = Uuids.parseOrNull(key);
        if (uuid == null) {
            throw PlacementHttpException.badRequest("Malformed consumer_uuid: " + key);
        }
        return uuid;
    }
}
