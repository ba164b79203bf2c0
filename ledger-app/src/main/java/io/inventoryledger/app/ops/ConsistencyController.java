package io.inventoryledger.app.ops;

import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.Policy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /ledger/ops/consistency: the operator's check that the ledger adds up (admin only). */
@RestController
class ConsistencyController {
    private final ConsistencyCheck check;

    ConsistencyController(ConsistencyCheck check) {
        this.check = check;
    }

    /** 200 with the report (its {@code consistent} says whether all is well); 403 for non-admins. */
    @GetMapping(value = "/ledger/ops/consistency", produces = "application/json")
    ConsistencyReport consistency(Caller caller) {
        Policy.requireAdmin(caller, "ledger:ops:consistency");
        return check.run();
    }
}
