package io.inventoryledger.app.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.provider.Uuids;
import io.inventoryledger.app.web.CacheHeaders;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.app.web.Since;
import io.inventoryledger.core.allocation.AllocationCommand.DeleteAllocations;
import io.inventoryledger.core.allocation.AllocationCommand.ReplaceAllocations;
import io.inventoryledger.core.allocation.UnknownResourceClassException;
import io.inventoryledger.core.consumer.ConsumerClaim;
import io.inventoryledger.projections.allocation.AllocationQueries;
import io.inventoryledger.projections.allocation.ConsumerAllocationRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Placement's allocation routes: /allocations/{consumer} and POST /allocations. */
@RestController
class AllocationController {
    private final ClaimSender claims;
    private final AllocationQueries queries;
    private final PolicyEnforcer policy;

    AllocationController(ClaimSender claims, AllocationQueries queries, PolicyEnforcer policy) {
        this.claims = claims;
        this.queries = queries;
        this.policy = policy;
    }

    /** 200 with the consumer's allocations (empty when it has none: consumer ids are not validated). */
    @GetMapping(value = "/allocations/{consumer}", produces = "application/json")
    ResponseEntity<Map<String, Object>> list(@PathVariable String consumer, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.ALLOCATIONS_LIST);
        UUID uuid = Uuids.parseOrNull(consumer);
        List<ConsumerAllocationRow> rows = uuid == null ? List.of() : queries.byConsumer(uuid);
        Instant lastModified = CacheHeaders.newest(rows, ConsumerAllocationRow::consumerUpdatedAt);
        return CacheHeaders.apply(ResponseEntity.ok(), version, lastModified)
                .body(AllocationJson.forConsumer(rows, version));
    }

    /**
     * 204; 400 malformed consumer, body, provider or class; 409 over capacity, constraint, no inventory,
     * consumer generation conflict or a race lost ten times.
     */
    @PutMapping(value = "/allocations/{consumer}", consumes = "application/json")
    ResponseEntity<Void> replace(
            @PathVariable String consumer,
            @RequestBody(required = false) JsonNode body,
            Microversion version,
            Caller caller) {
        policy.authorize(caller, PlacementRules.ALLOCATIONS_UPDATE);
        UUID uuid = Uuids.parseOrNull(consumer);
        if (uuid == null) {
            throw PlacementHttpException.badRequest("Malformed consumer_uuid: " + consumer);
        }
        ConsumerClaim claim = AllocationRequests.put(uuid, body, version);
        try {
            claims.send(new ReplaceAllocations(List.of(claim)), ClaimSender.ALLOCATION_CONFLICT);
        } catch (UnknownResourceClassException e) {
            throw PlacementHttpException.badRequest(
                    "Unable to allocate inventory for consumer " + uuid + ": " + e.detail());
        }
        return ResponseEntity.noContent().build();
    }

    /** 204; 400 malformed body, provider or class; 404 below 1.13; 409 as for PUT. Nothing is stored on refusal. */
    @Since(13)
    @PostMapping(value = "/allocations", consumes = "application/json")
    ResponseEntity<Void> replaceMany(
            @RequestBody(required = false) JsonNode body, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.ALLOCATIONS_MANAGE);
        List<ConsumerClaim> many = AllocationRequests.post(body, version);
        try {
            claims.send(new ReplaceAllocations(many), ClaimSender.ALLOCATION_CONFLICT);
        } catch (UnknownResourceClassException e) {
            throw PlacementHttpException.badRequest("Unable to allocate inventory " + e.detail());
        }
        return ResponseEntity.noContent().build();
    }

    /** 204; 404 when the consumer has no allocations. */
    @DeleteMapping("/allocations/{consumer}")
    ResponseEntity<Void> delete(@PathVariable String consumer, Caller caller) {
        policy.authorize(caller, PlacementRules.ALLOCATIONS_DELETE);
        UUID uuid = Uuids.parseOrNull(consumer);
        if (uuid == null) {
            throw PlacementHttpException.notFound("No allocations for consumer '" + consumer + "'");
        }
        claims.send(new DeleteAllocations(uuid), ClaimSender.ALLOCATION_CONFLICT);
        return ResponseEntity.noContent().build();
    }
}
