package io.inventoryledger.app.allocation;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.provider.Uuids;
import io.inventoryledger.app.web.CacheHeaders;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.projections.allocation.AllocationQueries;
import io.inventoryledger.projections.allocation.ConsumerAllocationRow;
import io.inventoryledger.projections.provider.ProviderQueries;
import io.inventoryledger.projections.provider.ProviderRow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What one provider has given out: GET /resource_providers/{uuid}/allocations and /usages. */
@RestController
class ProviderUsageController {
    private final ProviderQueries providers;
    private final AllocationQueries allocations;
    private final PolicyEnforcer policy;

    ProviderUsageController(ProviderQueries providers, AllocationQueries allocations, PolicyEnforcer policy) {
        this.providers = providers;
        this.allocations = allocations;
        this.policy = policy;
    }

    /** 200 with every consumer's allocations on the provider; 404 unknown provider. */
    @GetMapping(value = "/resource_providers/{uuid}/allocations", produces = "application/json")
    ResponseEntity<Map<String, Object>> allocations(@PathVariable String uuid, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.PROVIDER_ALLOCATIONS_LIST);
        ProviderRow provider = find(uuid)
                .orElseThrow(() -> PlacementHttpException.notFound("Resource provider '" + uuid
                        + "' not found: No resource provider with uuid " + uuid + " found"));
        List<ConsumerAllocationRow> rows = allocations.byProvider(provider.uuid());
        Instant lastModified = CacheHeaders.newest(rows, ConsumerAllocationRow::consumerUpdatedAt);
        return CacheHeaders.apply(ResponseEntity.ok(), version, lastModified)
                .body(AllocationJson.forProvider(provider.generation(), rows, version));
    }

    /** 200 with the usage of every class the provider has inventory of; 404 unknown provider. */
    @GetMapping(value = "/resource_providers/{uuid}/usages", produces = "application/json")
    ResponseEntity<Map<String, Object>> usages(@PathVariable String uuid, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.PROVIDER_USAGES);
        ProviderRow provider = find(uuid)
                .orElseThrow(
                        () -> PlacementHttpException.notFound("No resource provider with uuid " + uuid + " found"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("resource_provider_generation", provider.generation());
        json.put("usages", allocations.providerUsages(provider.uuid()));
        // Placement: usage is "now", so last-modified is the time of the answer.
        return CacheHeaders.apply(ResponseEntity.ok(), version, null).body(json);
    }

    private java.util.Optional<ProviderRow> find(String uuid) {
        UUID parsed = Uuids.parseOrNull(uuid);
        return parsed == null ? java.util.Optional.empty() : providers.find(parsed);
    }
}
