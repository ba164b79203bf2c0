package io.inventoryledger.app.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.inventoryledger.app.command.LedgerCommands;
import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.web.CacheHeaders;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.Since;
import io.inventoryledger.app.web.schema.PlacementSchemas;
import io.inventoryledger.app.web.schema.RequestSchema;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceProviderTraits;
import io.inventoryledger.projections.provider.ProviderRow;
import io.inventoryledger.projections.provider.ProviderTopologyQueries;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Placement's routes for one provider's traits (1.6+). */
@RestController
@Since(6)
class ProviderTraitController {
    private final LedgerCommands commands;
    private final ProviderTopologyQueries topology;
    private final ProviderLookup lookup;
    private final PolicyEnforcer policy;

    ProviderTraitController(
            LedgerCommands commands, ProviderTopologyQueries topology, ProviderLookup lookup, PolicyEnforcer policy) {
        this.commands = commands;
        this.topology = topology;
        this.lookup = lookup;
        this.policy = policy;
    }

    /** 200 with the traits and the generation; 404 unknown provider. */
    @GetMapping(value = "/resource_providers/{uuid}/traits", produces = "application/json")
    ResponseEntity<Map<String, Object>> list(@PathVariable String uuid, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.PROVIDER_TRAITS_LIST);
        return render(lookup.require(uuid), version);
    }

    /** 200 with the new traits and generation; 400 bad body or unknown trait; 404; 409 stale generation. */
    @PutMapping(value = "/resource_providers/{uuid}/traits", produces = "application/json")
    ResponseEntity<Map<String, Object>> replace(
            @PathVariable String uuid, @RequestBody JsonNode body, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.PROVIDER_TRAITS_UPDATE);
        PlacementSchemas.requireValid(body, RequestSchema.PROVIDER_TRAITS_PUT, version);
        Set<String> traits = new LinkedHashSet<>();
        body.get("traits").forEach(trait -> traits.add(trait.asText()));
        long generation = body.get("resource_provider_generation").asLong();
        ProviderRow provider = lookup.require(uuid);
        provider.address().requireGeneration(generation);
        commands.send(new ReplaceProviderTraits(provider.address().streamId(), provider.uuid(), generation, traits));
        return render(lookup.require(uuid), version);
    }

    /** 204; 404 unknown provider; 409 a concurrent change. */
    @DeleteMapping("/resource_providers/{uuid}/traits")
    ResponseEntity<Void> deleteAll(@PathVariable String uuid, Caller caller) {
        policy.authorize(caller, PlacementRules.PROVIDER_TRAITS_DELETE);
        ProviderRow provider = lookup.require(uuid);
        commands.send(new ReplaceProviderTraits(
                provider.address().streamId(), provider.uuid(), provider.generation(), Set.of()));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<Map<String, Object>> render(ProviderRow provider, Microversion version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("traits", topology.traits(provider.uuid()));
        json.put("resource_provider_generation", provider.generation());
        return CacheHeaders.apply(ResponseEntity.ok(), version, provider.updatedAt())
                .body(json);
    }
}
