package io.inventoryledger.app.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.app.web.Since;
import io.inventoryledger.core.allocation.AllocationCommand;
import io.inventoryledger.core.allocation.AllocationCommand.ReshapedInventory;
import io.inventoryledger.core.allocation.UnknownResourceClassException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.projections.provider.ProviderQueries;
import io.inventoryledger.projections.provider.ProviderRow;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /reshaper (1.30): move inventory and the allocations on it between providers in one write. */
@RestController
class ReshaperController {
    static final String RESHAPE_CONFLICT =
            "update conflict: Another thread concurrently updated the data. " + "Please retry your update";

    private final ClaimSender claims;
    private final ProviderQueries providers;
    private final PolicyEnforcer policy;

    ReshaperController(ClaimSender claims, ProviderQueries providers, PolicyEnforcer policy) {
        this.claims = claims;
        this.providers = providers;
        this.policy = policy;
    }

    /**
     * 204; 400 malformed body, unknown provider (placement.resource_provider.not_found) or class; 403;
     * 404 below 1.30; 409 stale provider or consumer generation, inventory in use, or allocations that do not fit.
     */
    @Since(30)
    @PostMapping(value = "/reshaper", consumes = "application/json")
    ResponseEntity<Void> reshape(@RequestBody(required = false) JsonNode body, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.RESHAPE);
        AllocationRequests.Reshape request = AllocationRequests.reshape(body, version);
        for (Map.Entry<UUID, ReshapedInventory> entry : request.inventories().entrySet()) {
            ProviderRow provider = providers
                    .find(entry.getKey())
                    .orElseThrow(() -> new PlacementHttpException(
                            HttpStatus.BAD_REQUEST,
                            ErrorCodes.PROVIDER_NOT_FOUND,
                            "Resource provider " + entry.getKey()
                                    + " in inventories not found: No resource provider with uuid " + entry.getKey()
                                    + " found"));
            if (provider.generation() != entry.getValue().expectedGeneration()) {
                throw new PlacementHttpException(
                        HttpStatus.CONFLICT,
                        ErrorCodes.CONCURRENT_UPDATE,
                        "resource provider generation conflict for provider " + provider.uuid() + ": actual: "
                                + provider.generation() + ", given: "
                                + entry.getValue().expectedGeneration());
            }
        }
        try {
            claims.send(new AllocationCommand.Reshape(request.inventories(), request.claims()), RESHAPE_CONFLICT);
        } catch (UnknownResourceClassException e) {
            throw PlacementHttpException.badRequest("malformed reshaper data: " + e.detail());
        }
        return ResponseEntity.noContent().build();
    }
}
