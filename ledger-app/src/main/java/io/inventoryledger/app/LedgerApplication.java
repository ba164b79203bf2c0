package io.inventoryledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Inventory Ledger: an event-sourced inventory ledger speaking OpenStack Placement's API. */
@SpringBootApplication
public class LedgerApplication {
    public static void main(String[] args) {
        // Axon's anonymous usage report cannot reach its server from a closed network: keep it off.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(LedgerApplication.class, args);
    }
}
