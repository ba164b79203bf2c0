package io.inventoryledger.app.testing;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyRule;
import io.inventoryledger.projections.slice.LedgerReset;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Empties the ledger, for conformance runs only (Placement's gabbits expect a fresh install per file).
 * Exists only when {@code ledger.testing.reset-enabled=true}; off in normal runs.
 */
@RestController
@ConditionalOnProperty(name = "ledger.testing.reset-enabled", havingValue = "true")
class ResetController {
    private final LedgerReset reset;

    ResetController(LedgerReset reset) {
        this.reset = reset;
    }

    /**
     * 204 once the event store and every read model's tables are empty and each read model's after-reset step has
     * run (this node's candidate index reloaded).
     */
    @PolicyRule(PlacementRules.LEDGER_TESTING_RESET)
    @PostMapping("/ledger/testing/reset")
    public ResponseEntity<Void> reset() {
        reset.reset();
        return ResponseEntity.noContent().build();
    }
}
