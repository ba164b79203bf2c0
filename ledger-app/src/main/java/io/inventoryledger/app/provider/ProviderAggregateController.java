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
import io.inventoryledger.core.provider.ProviderProfileCommand.ReplaceAggregatesUncounted;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceProviderAggregates;
import io.inventoryledger.projections.provider.ProviderRow;
import io.inventoryledger.projections.provider.ProviderTopologyQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Placement's routes for one provider's aggregates (1.1+). From 1.19 a write carries and moves the
 * generation; below it, Placement leaves the generation alone, so the write goes to the profile stream.
 */
@RestController
@Since(1)
class ProviderAggregateController {
    private static final int GENERATIONS = 19;

    private final LedgerCommands commands;
    private final ProviderTopologyQueries topology;
    private final ProviderLookup lookup;
    private final PolicyEnforcer policy;

    ProviderAggregateController(
            LedgerCommands commands, ProviderTopologyQueries topology, ProviderLookup lookup, PolicyEnforcer policy) {
        this.commands = commands;
        this.topology = topology;
        this.lookup = lookup;
        this.policy = policy;
    }

    /** 200 with the aggregates (and the generation from 1.19); 404 unknown provider. */
    @GetMapping(value = "/resource_providers/{uuid}/aggregates", produces = "application/json")
    ResponseEntity<Map<String, Object>> list(@PathVariable String uuid, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.PROVIDER_AGGREGATES_LIST);
        ProviderRow provider = lookup.require(uuid);
        return render(provider, topology.aggregates(provider.uuid()), version);
    }

    /** 200 with the new aggregates; 400 bad body or duplicates; 404; 409 stale generation (1.19+). */
    @PutMapping(value = "/resource_providers/{uuid}/aggregates", produces = "application/json")
    ResponseEntity<Map<String, Object>> replace(
            @PathVariable String uuid, @RequestBody JsonNode body, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.PROVIDER_AGGREGATES_UPDATE);
        ProviderRow provider = lookup.require(uuid);
        PlacementSchemas.requireValid(body, RequestSchema.PROVIDER_AGGREGATES_PUT, version);
        List<UUID> aggregates;
        if (version.isAtLeast(GENERATIONS)) {
            aggregates = uuids(body.get("aggregates"));
            long generation = body.get("resource_provider_generation").asLong();
            provider.address().requireGeneration(generation);
            commands.send(new ReplaceProviderAggregates(
                    provider.address().streamId(), provider.uuid(), generation, aggregates));
        } else {
            aggregates = uuids(body);
            commands.send(new ReplaceAggregatesUncounted(provider.uuid(), provider.incarnation(), aggregates));
        }
        return render(lookup.require(uuid), aggregates, version);
    }

    private static ResponseEntity<Map<String, Object>> render(
            ProviderRow provider, List<UUID> aggregates, Microversion version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("aggregates", aggregates.stream().map(UUID::toString).toList());
        if (version.isAtLeast(GENERATIONS)) {
            json.put("resource_provider_generation", provider.generation());
        }
        // Placement keeps no time for aggregate associations and answers "now"
        return CacheHeaders.apply(ResponseEntity.ok(), version, Instant.now()).body(json);
    }

    /** The schema's array of unique uuids, canonical. */
    private static List<UUID> uuids(JsonNode list) {
        List<UUID> aggregates = new ArrayList<>();
        list.forEach(item -> aggregates.add(Uuids.parseOrNull(item.asText())));
        return aggregates;
    }
}
