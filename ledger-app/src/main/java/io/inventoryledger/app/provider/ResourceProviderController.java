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
import io.inventoryledger.app.web.schema.PlacementSchemas;
import io.inventoryledger.app.web.schema.RequestSchema;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.provider.ProviderProfileCommand.UpdateResourceProvider;
import io.inventoryledger.core.provider.ResourceProviderCommand.CreateResourceProvider;
import io.inventoryledger.core.provider.ResourceProviderCommand.DeleteResourceProvider;
import io.inventoryledger.projections.provider.ProviderQueries;
import io.inventoryledger.projections.provider.ProviderRow;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Placement's resource provider routes. */
@RestController
class ResourceProviderController {
    private final LedgerCommands commands;
    private final ProviderQueries queries;
    private final ProviderLookup lookup;
    private final ProviderFilter filter;
    private final PolicyEnforcer policy;

    ResourceProviderController(
            LedgerCommands commands,
            ProviderQueries queries,
            ProviderLookup lookup,
            ProviderFilter filter,
            PolicyEnforcer policy) {
        this.commands = commands;
        this.queries = queries;
        this.lookup = lookup;
        this.filter = filter;
        this.policy = policy;
    }

    /** 200 with the providers matching every filter (see {@link ProviderFilter}); 400 on a bad filter; 403. */
    @GetMapping(value = "/resource_providers", produces = "application/json")
    ResponseEntity<Map<String, Object>> list(
            @RequestParam MultiValueMap<String, String> query, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.RESOURCE_PROVIDERS_LIST);
        List<ProviderRow> rows = queries.list(filter.parse(query, version));
        Instant lastModified = CacheHeaders.newest(rows, ProviderRow::updatedAt);
        return CacheHeaders.apply(ResponseEntity.ok(), version, lastModified)
                .body(Map.of(
                        "resource_providers",
                        rows.stream()
                                .map(r -> ProviderJson.provider(r, version))
                                .toList()));
    }

    /** 201 with Location (below 1.20) or 200 with the provider; 400 bad body or parent; 409 duplicate. */
    @PostMapping(value = "/resource_providers", consumes = "application/json")
    ResponseEntity<?> create(@RequestBody JsonNode body, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.RESOURCE_PROVIDERS_CREATE);
        PlacementSchemas.requireValid(body, RequestSchema.RESOURCE_PROVIDER_POST, version);
        String name = body.get("name").asText();
        UUID uuid = body.hasNonNull("uuid") ? uuidField(body, "uuid") : UUID.randomUUID();
        UUID parent = body.hasNonNull("parent_provider_uuid") ? uuidField(body, "parent_provider_uuid") : null;
        if (queries.find(uuid).isPresent()) {
            throw duplicateUuid(uuid);
        }
        try {
            commands.send(new CreateResourceProvider(uuid, queries.nextIncarnation(uuid), name, parent));
        } catch (ConcurrencyException lostRace) {
            throw duplicateUuid(uuid);
        }
        ProviderRow row = queries.find(uuid).orElseThrow();
        URI location = Locations.of("/resource_providers/" + uuid);
        if (!version.isAtLeast(20)) {
            return ResponseEntity.created(location).build();
        }
        return CacheHeaders.apply(ResponseEntity.ok().location(location), version, row.updatedAt())
                .body(ProviderJson.provider(row, version));
    }

    /** 200 with the provider; 404 when unknown. */
    @GetMapping(value = "/resource_providers/{uuid}", produces = "application/json")
    ResponseEntity<Map<String, Object>> show(@PathVariable String uuid, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.RESOURCE_PROVIDERS_SHOW);
        ProviderRow row = lookup.require(uuid);
        return CacheHeaders.apply(ResponseEntity.ok(), version, row.updatedAt())
                .body(ProviderJson.provider(row, version));
    }

    /** 200 with the provider; 400 bad body or parent change; 404; 409 duplicate name. */
    @PutMapping(value = "/resource_providers/{uuid}", consumes = "application/json")
    ResponseEntity<Map<String, Object>> update(
            @PathVariable String uuid, @RequestBody JsonNode body, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.RESOURCE_PROVIDERS_UPDATE);
        ProviderRow row = lookup.require(uuid);
        PlacementSchemas.requireValid(body, RequestSchema.RESOURCE_PROVIDER_PUT, version);
        String name = body.get("name").asText();
        boolean parentGiven = body.has("parent_provider_uuid");
        UUID parent = body.hasNonNull("parent_provider_uuid") ? uuidField(body, "parent_provider_uuid") : null;
        commands.send(new UpdateResourceProvider(
                row.uuid(), row.incarnation(), name, parentGiven, parent, version.isAtLeast(37)));
        ProviderRow updated = queries.find(row.uuid()).orElseThrow();
        return CacheHeaders.apply(ResponseEntity.ok(), version, updated.updatedAt())
                .body(ProviderJson.provider(updated, version));
    }

    /** 204; 404 when unknown; 409 when it has children or allocations. */
    @DeleteMapping("/resource_providers/{uuid}")
    ResponseEntity<Void> delete(@PathVariable String uuid, Caller caller) {
        policy.authorize(caller, PlacementRules.RESOURCE_PROVIDERS_DELETE);
        ProviderRow row = lookup.find(uuid)
                .orElseThrow(() -> PlacementHttpException.notFound(
                        "No resource provider with uuid " + uuid + " found for delete"));
        commands.send(new DeleteResourceProvider(row.address().streamId(), row.uuid()));
        return ResponseEntity.noContent().build();
    }

    /** The schema has checked the format already. */
    private static UUID uuidField(JsonNode body, String field) {
        return Uuids.parseOrNull(body.get(field).asText());
    }

    private static PlacementHttpException duplicateUuid(UUID uuid) {
        return new PlacementHttpException(
                HttpStatus.CONFLICT,
                ErrorCodes.DUPLICATE_NAME,
                "Conflicting resource provider uuid: " + uuid + " already exists.");
    }
}
