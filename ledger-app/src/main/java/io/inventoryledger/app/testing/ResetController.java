package io.inventoryledger.app.testing;

import io.inventoryledger.projections.candidateindex.CandidateIndex;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Empties the ledger, for conformance runs only (Placement's gabbits expect a fresh install per file).
 * Exists only when {@code ledger.testing.reset-enabled=true}; off in normal runs.
 */
@RestController
@ConditionalOnProperty(name = "ledger.testing.reset-enabled", havingValue = "true")
class ResetController {
    static final List<String> TABLES = List.of(
            "domain_event_entry",
            "snapshot_event_entry",
            "token_entry",
            "resource_providers",
            "provider_incarnations",
            "inventories",
            "consumers",
            "allocations",
            "consumer_incarnations",
            "provider_usages",
            "provider_claim_locks",
            "custom_resource_classes",
            "custom_traits",
            "provider_traits",
            "provider_aggregates");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CandidateIndex candidateIndex;

    ResetController(JdbcTemplate jdbc, PlatformTransactionManager transactions, CandidateIndex candidateIndex) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.candidateIndex = candidateIndex;
    }

    /** 204 once the tables are empty and this node's candidate index has been reloaded from them. */
    @PostMapping("/ledger/testing/reset")
    public ResponseEntity<Void> reset() {
        transaction.executeWithoutResult(status -> TABLES.forEach(table -> jdbc.update("DELETE FROM " + table)));
        candidateIndex.reload();
        return ResponseEntity.noContent().build();
    }
}
