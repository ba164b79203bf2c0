package io.inventoryledger.app.support;

import io.inventoryledger.app.LedgerApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the HTTP story tests: the real service on a random port, on a real PostgreSQL, emptied
 * before each test through the test-only reset route; state is then made through the API only.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class LedgerServerTest {
    @LocalServerPort
    protected int port;

    protected PlacementClient api;

    @BeforeEach
    void emptyLedger() {
        api = PlacementClient.admin(baseUrl());
        Reply reset = api.post("/ledger/testing/reset", "{}");
        if (reset.status() != 204) {
            throw new IllegalStateException("reset failed: " + reset);
        }
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
