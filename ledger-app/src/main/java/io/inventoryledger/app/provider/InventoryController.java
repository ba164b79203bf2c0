package io.inventoryledger.app.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.inventoryledger.app.command.LedgerCommands;
import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.web.CacheHeaders;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.Locations;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.app.web.Since;
import io.inventoryledger.app.web.schema.PlacementSchemas;
import io.inventoryledger.app.web.schema.RequestSchema;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.core.provider.ResourceProviderCommand.AddInventory;
import io.inventoryledger.core.provider.ResourceProviderCommand.DeleteInventory;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceInventories;
import io.inventoryledger.core.provider.ResourceProviderCommand.UpdateInventory;
import io.inventoryledger.projections.provider.InventoryRow;
import io.inventoryledger.projections.provider.ProviderQueries;
import io.inventoryledger.projections.provider.ProviderRow;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Placement's inventory routes under /resource_providers/{uuid}/inventories. */
@RestController
class InventoryController {
    private final LedgerCommands commands;
    private final ProviderQueries queries;
    private final ProviderLookup lookup;
    private final PolicyEnforcer policy;

    InventoryController(
            LedgerCommands commands, ProviderQueries queries, ProviderLookup lookup, PolicyEnforcer policy) {
        this.commands = commands;
        this.queries = queries;
        this.lookup = lookup;
        this.policy = policy;
    }

    /** 200 with every inventory and the generation; 404 unknown provider. */
    @GetMapping(value = "/resource_providers/{uuid}/inventories", produces = "application/json")
    ResponseEntity<Map<String, Object>> list(@PathVariable String uuid, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.INVENTORIES_LIST);
        return inventories(lookup.require(uuid), version);
    }

    /** 200 with the new inventories; 400 bad body or class; 404; 409 stale generation or in use. */
    @PutMapping(value = "/resource_providers/{uuid}/inventories", consumes = "application/json")
    ResponseEntity<Map<String, Object>> replace(
            @PathVariable String uuid, @RequestBody JsonNode body, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.INVENTORIES_UPDATE);
        ProviderRow provider = lookup.require(uuid);
        PlacementSchemas.requireValid(body, RequestSchema.INVENTORIES_PUT, version);
        long generation = body.get("resource_provider_generation").asLong();
        Map<String, Inventory> inventories = new LinkedHashMap<>();
        body.get("inventories")
                .fields()
                .forEachRemaining(entry -> inventories.put(entry.getKey(), InventoryJson.read(entry.getValue())));
        requireCurrent(provider, generation);
        commands.send(new ReplaceInventories(
                provider.address().streamId(), provider.uuid(), generation, inventories, version.isAtLeast(26)));
        return inventories(lookup.require(uuid), version);
    }

    /** 201 with Location and the inventory; 400 bad body or class; 404; 409 class already present. */
    @PostMapping(value = "/resource_providers/{uuid}/inventories", consumes = "application/json")
    ResponseEntity<Map<String, Object>> add(
            @PathVariable String uuid, @RequestBody JsonNode body, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.INVENTORIES_CREATE);
        ProviderRow provider = lookup.require(uuid);
        PlacementSchemas.requireValid(body, RequestSchema.INVENTORY_POST, version);
        String resourceClass = body.get("resource_class").asText();
        Inventory inventory = InventoryJson.read(body);
        commands.send(new AddInventory(
                provider.address().streamId(), provider.uuid(), resourceClass, inventory, version.isAtLeast(26)));
        ProviderRow after = lookup.require(uuid);
        return CacheHeaders.apply(
                        ResponseEntity.created(
                                Locations.of("/resource_providers/" + after.uuid() + "/inventories/" + resourceClass)),
                        version,
                        after.updatedAt())
                .body(one(after.generation(), inventory));
    }

    /** 204; 404 unknown provider; 405 below 1.5; 409 in use or a concurrent change. */
    @Since(value = 5, belowStatus = 405)
    @DeleteMapping("/resource_providers/{uuid}/inventories")
    ResponseEntity<Void> deleteAll(@PathVariable String uuid, Caller caller) {
        policy.authorize(caller, PlacementRules.INVENTORIES_DELETE);
        ProviderRow provider = lookup.require(uuid);
        commands.send(new ReplaceInventories(
                provider.address().streamId(), provider.uuid(), provider.generation(), Map.of(), true));
        return ResponseEntity.noContent().build();
    }

    /** 200 with the inventory; 404 unknown provider or no inventory of that class. */
    @GetMapping(value = "/resource_providers/{uuid}/inventories/{resourceClass}", produces = "application/json")
    ResponseEntity<Map<String, Object>> show(
            @PathVariable String uuid, @PathVariable String resourceClass, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.INVENTORIES_SHOW);
        ProviderRow provider = lookup.require(uuid);
        InventoryRow row = queries.inventories(provider.uuid()).stream()
                .filter(r -> r.resourceClass().equals(resourceClass))
                .findFirst()
                .orElseThrow(() -> PlacementHttpException.notFound(
                        "No inventory of class " + resourceClass + " for " + provider.uuid()));
        return CacheHeaders.apply(ResponseEntity.ok(), version, provider.updatedAt())
                .body(one(provider.generation(), row.inventory()));
    }

    /** 200 with the inventory; 400 bad body or no such inventory; 404; 409 stale generation. */
    @PutMapping(value = "/resource_providers/{uuid}/inventories/{resourceClass}", consumes = "application/json")
    ResponseEntity<Map<String, Object>> update(
            @PathVariable String uuid,
            @PathVariable String resourceClass,
            @RequestBody JsonNode body,
            Microversion version,
            Caller caller) {
        policy.authorize(caller, PlacementRules.INVENTORIES_UPDATE);
        ProviderRow provider = lookup.require(uuid);
        PlacementSchemas.requireValid(body, RequestSchema.INVENTORY_PUT, version);
        long generation = body.get("resource_provider_generation").asLong();
        Inventory inventory = InventoryJson.read(body);
        requireCurrent(provider, generation);
        commands.send(new UpdateInventory(
                provider.address().streamId(),
                provider.uuid(),
                generation,
                resourceClass,
                inventory,
                version.isAtLeast(26)));
        ProviderRow after = lookup.require(uuid);
        return CacheHeaders.apply(ResponseEntity.ok(), version, after.updatedAt())
                .body(one(after.generation(), inventory));
    }

    /** 204; 404 unknown provider or inventory; 409 in use or a concurrent change. */
    @DeleteMapping("/resource_providers/{uuid}/inventories/{resourceClass}")
    ResponseEntity<Void> delete(@PathVariable String uuid, @PathVariable String resourceClass, Caller caller) {
        policy.authorize(caller, PlacementRules.INVENTORIES_DELETE);
        ProviderRow provider = lookup.require(uuid);
        commands.send(new DeleteInventory(
                provider.address().streamId(), provider.uuid(), provider.generation(), resourceClass));
        return ResponseEntity.noContent().build();
    }

    /** 200 with every inventory of the provider and its generation. */
    private ResponseEntity<Map<String, Object>> inventories(ProviderRow provider, Microversion version) {
        return CacheHeaders.apply(ResponseEntity.ok(), version, provider.updatedAt())
                .body(ProviderJson.inventories(provider.generation(), queries.inventories(provider.uuid())));
    }

    /** Placement compares the generation before anything else; the aggregate checks it again at commit. */
    private static void requireCurrent(ProviderRow provider, long generation) {
        if (generation != provider.generation()) {
            throw new PlacementHttpException(
                    HttpStatus.CONFLICT, ErrorCodes.CONCURRENT_UPDATE, "resource provider generation conflict");
        }
    }

    private static Map<String, Object> one(long generation, Inventory inventory) {
        Map<String, Object> json = ProviderJson.inventory(inventory);
        json.put("resource_provider_generation", generation);
        return json;
    }
}
