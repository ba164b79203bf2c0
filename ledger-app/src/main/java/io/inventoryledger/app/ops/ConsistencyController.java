package io.inventoryledger.app.ops;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /ledger/ops/consistency: the operator's check that the ledger adds up (admin only). */
@RestController
class ConsistencyController {
    private final ConsistencyCheck check;
    private final PolicyEnforcer policy;

    ConsistencyController(ConsistencyCheck check, PolicyEnforcer policy) {
        this.check = check;
        this.policy = policy;
    }

    /** 200 with the report (its {@code consistent} says whether all is well); 403 for non-admins. */
    @GetMapping(value = "/ledger/ops/consistency", produces = "application/json")
    ConsistencyReport consistency(Caller caller) {
        policy.authorize(caller, PlacementRules.LEDGER_CONSISTENCY);
        return check.run();
    }
}
