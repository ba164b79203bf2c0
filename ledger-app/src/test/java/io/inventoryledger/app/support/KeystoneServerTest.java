package io.inventoryledger.app.support;

import io.inventoryledger.app.LedgerApplication;
import io.inventoryledger.app.support.RealKeystone.Scope;
import io.inventoryledger.app.support.RealKeystone.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the stories in Keystone mode: the real service on a random port, validating every token with
 * the run's {@link RealKeystone} as its service user placement; valid tokens cached for 3 s (short, so
 * that revocation is seen soon). The ledger is emptied before each test with a system admin's token.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(RealKeystone.class)
@AutoConfigureObservability // the Prometheus endpoint exists, as in production, for the route walk
public abstract class KeystoneServerTest {
    protected static final String CACHE_TIME = "3s";

    @LocalServerPort
    protected int port;

    protected RealKeystone keystone;

    @DynamicPropertySource
    static void keystoneMode(DynamicPropertyRegistry registry) {
        registry.add("ledger.auth.strategy", () -> "keystone");
        registry.add("ledger.keystone.auth-url", () -> RealKeystone.get().authUrl());
        registry.add("ledger.keystone.username", () -> User.PLACEMENT.name);
        registry.add("ledger.keystone.password", () -> RealKeystone.PASSWORD);
        registry.add("ledger.keystone.project-name", () -> "service");
        registry.add("ledger.keystone.cache-time", () -> CACHE_TIME);
    }

    @BeforeEach
    void emptyLedger() {
        keystone = RealKeystone.get();
        Reply reset = as(User.ADMIN, Scope.SYSTEM).post("/ledger/testing/reset", "{}");
        if (reset.status() != 204) {
            throw new IllegalStateException("reset failed: " + reset);
        }
    }

    /** A client at the latest microversion with a fresh token of this user and scope. */
    protected PlacementClient as(User user, Scope scope) {
        return withToken(keystone.token(user, scope));
    }

    protected PlacementClient withToken(String token) {
        return PlacementClient.admin(baseUrl()).withHeader("X-Auth-Token", token);
    }

    protected PlacementClient anonymous() {
        return PlacementClient.admin(baseUrl()).withHeader("X-Auth-Token", null);
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
