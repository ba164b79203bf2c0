package io.inventoryledger.app.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import io.inventoryledger.app.provider.InventoryJson;
import io.inventoryledger.app.provider.Uuids;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.app.web.schema.PlacementSchemas;
import io.inventoryledger.app.web.schema.RequestSchema;
import io.inventoryledger.core.allocation.AllocationCommand.ReshapedInventory;
import io.inventoryledger.core.consumer.ConsumerClaim;
import io.inventoryledger.core.provider.Inventory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads allocation bodies in the shape each microversion gives them (list 1.0, owner 1.8, dict 1.12,
 * consumer generation 1.28, mappings 1.34, consumer type 1.38), once Placement's schema of that
 * microversion ({@link RequestSchema}) has accepted them.
 */
final class AllocationRequests {
    /** Placement's project and user for consumers written before 1.8, which could not name them. */
    static final String INCOMPLETE_CONSUMER = "00000000-0000-0000-0000-000000000000";

    private AllocationRequests() {}

    /** PUT /allocations/{consumer}. */
    static ConsumerClaim put(UUID consumer, JsonNode body, Microversion version) {
        requireBody(body);
        PlacementSchemas.requireValid(body, RequestSchema.ALLOCATION_PUT, version);
        if (version.isAtLeast(12)) {
            return claim(consumer, body, version);
        }
        Map<UUID, Map<String, Long>> allocations = new LinkedHashMap<>();
        for (JsonNode item : body.get("allocations")) {
            String provider = item.get("resource_provider").get("uuid").asText();
            allocations.put(Uuids.parseOrNull(provider), resources(item.get("resources")));
        }
        String project = version.isAtLeast(8) ? body.get("project_id").asText() : INCOMPLETE_CONSUMER;
        String user = version.isAtLeast(8) ? body.get("user_id").asText() : INCOMPLETE_CONSUMER;
        return new ConsumerClaim(consumer, project, user, null, false, null, allocations);
    }

    /** POST /allocations: several consumers, each in the 1.12+ shape, where empty allocations are allowed. */
    static List<ConsumerClaim> post(JsonNode body, Microversion version) {
        requireBody(body);
        PlacementSchemas.requireValid(body, RequestSchema.ALLOCATIONS_POST, version);
        return claims(body, version);
    }

    /** POST /reshaper: inventories of several providers (with their generations) and allocations. */
    static Reshape reshape(JsonNode body, Microversion version) {
        requireBody(body);
        PlacementSchemas.requireValid(body, RequestSchema.RESHAPER_POST, version);
        Map<UUID, ReshapedInventory> reshaped = new LinkedHashMap<>();
        body.get("inventories").fields().forEachRemaining(provider -> {
            Map<String, Inventory> byClass = new LinkedHashMap<>();
            provider.getValue()
                    .get("inventories")
                    .fields()
                    .forEachRemaining(record -> byClass.put(record.getKey(), InventoryJson.read(record.getValue())));
            long generation =
                    provider.getValue().get("resource_provider_generation").asLong();
            reshaped.put(providerKey(provider.getKey()), new ReshapedInventory(generation, byClass));
        });
        return new Reshape(reshaped, claims(body.get("allocations"), version));
    }

    record Reshape(Map<UUID, ReshapedInventory> inventories, List<ConsumerClaim> claims) {}

    private static List<ConsumerClaim> claims(JsonNode byConsumer, Microversion version) {
        List<ConsumerClaim> claims = new ArrayList<>();
        byConsumer
                .fields()
                .forEachRemaining(entry -> claims.add(claim(consumerKey(entry.getKey()), entry.getValue(), version)));
        return claims;
    }

    /** One consumer's allocations in the 1.12+ dictionary shape (mappings are checked, not stored). */
    private static ConsumerClaim claim(UUID consumer, JsonNode body, Microversion version) {
        Map<UUID, Map<String, Long>> allocations = new LinkedHashMap<>();
        body.get("allocations")
                .fields()
                .forEachRemaining(entry -> allocations.put(
                        providerKey(entry.getKey()), resources(entry.getValue().get("resources"))));
        boolean generations = version.isAtLeast(28);
        JsonNode generation = body.get("consumer_generation");
        String type = version.isAtLeast(38) ? body.get("consumer_type").asText() : null;
        return new ConsumerClaim(
                consumer,
                body.get("project_id").asText(),
                body.get("user_id").asText(),
                type,
                generations,
                generations && !generation.isNull() ? generation.asLong() : null,
                allocations);
    }

    private static Map<String, Long> resources(JsonNode json) {
        Map<String, Long> resources = new LinkedHashMap<>();
        json.fields()
                .forEachRemaining(e -> resources.put(e.getKey(), e.getValue().asLong()));
        return resources;
    }

    /** The body is read after the policy check, as Placement does; an empty one is malformed JSON. */
    private static void requireBody(JsonNode body) {
        if (body == null) {
            throw PlacementHttpException.badRequest("Malformed JSON: the body is empty.");
        }
    }

    /** A key the schema's pattern lets through ({@code [0-9a-fA-F-]{36}}) that is no uuid names no provider. */
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
