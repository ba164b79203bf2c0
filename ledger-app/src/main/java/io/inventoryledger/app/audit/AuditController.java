package io.inventoryledger.app.audit;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyRule;
import io.inventoryledger.projections.audit.ChainVerifier;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /ledger/audit/verify: walks every stream's chain of links and names the first broken link of each. */
@RestController
class AuditController {
    private final ChainVerifier verifier;

    AuditController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    /**
     * 200 with the verdict ({@code intact}, and the first broken link of each broken stream: {@code problem}
     * link_mismatch, events_missing or link_missing); 403 for anyone but system admins (it reads the whole store).
     */
    @Operation(summary = "Walk every stream's chain of event links; name the first broken link of each (docs/audit.md)")
    @PolicyRule(PlacementRules.LEDGER_AUDIT_VERIFY)
    @GetMapping(value = "/ledger/audit/verify", produces = "application/json")
    VerificationJson verify() {
        return VerificationJson.of(verifier.verify());
    }
}
