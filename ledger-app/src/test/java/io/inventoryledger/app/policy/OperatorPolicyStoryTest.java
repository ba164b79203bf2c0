package io.inventoryledger.app.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A service configured as an operator hardening Placement would: scope and new defaults enforced
 * (Placement's secure RBAC), a policy file that opens trait listing to any system-scoped caller,
 * and CORS for one origin. One Spring context for all three, to keep the suite's start-up cost down.
 */
@TestPropertySource(
        properties = {
            "ledger.policy.enforce-scope=true",
            "ledger.policy.enforce-new-defaults=true",
            "ledger.cors.allowed-origin=http://valid.example.com",
            "ledger.cors.allow-headers=openstack-api-version"
        })
class OperatorPolicyStoryTest extends LedgerServerTest {
    private static final String POLICY = """
            # anyone system-scoped may list traits; scope is still enforced
            "placement:traits:list": "@"
            "placement:resource_classes:list": "role:auditor and system_scope:all"
            """;

    private Callers as;

    @DynamicPropertySource
    static void policyFile(DynamicPropertyRegistry registry) {
        try {
            Path file = Files.createTempFile("ledger-policy", ".yaml");
            file.toFile().deleteOnExit();
            Files.writeString(file, POLICY);
            registry.add("ledger.policy.file", file::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void callers() {
        as = new Callers(api);
    }

    @Test
    void aProjectScopedAdminIsRefusedSystemRoutesAndTheSystemAdminIsNot() {
        Reply refused = as.project("p1", "admin,member,reader").post("/resource_providers", "{\"name\":\"cn1\"}");
        Reply legacyAdmin = api.post("/resource_providers", "{\"name\":\"cn1\"}");
        Reply created = as.system("admin,member,reader").post("/resource_providers", "{\"name\":\"cn1\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.<String>json("$.errors[0].detail"))
                .contains("Policy does not allow placement:resource_providers:create to be performed.");
        assertThat(legacyAdmin.status()).isEqualTo(403);
        assertThat(created.status()).isEqualTo(200);
    }

    @Test
    void aSystemReaderReadsButCannotWrite() {
        String rp = systemProvider();

        assertThat(as.system("reader").get("/resource_providers/" + rp).status())
                .isEqualTo(200);
        assertThat(as.system("reader")
                        .put(
                                "/resource_providers/" + rp + "/inventories",
                                "{\"resource_provider_generation\":0,\"inventories\":{\"VCPU\":{\"total\":4}}}")
                        .status())
                .isEqualTo(403);
        assertThat(as.system("reader")
                        .get("/resource_providers/" + rp + "/inventories")
                        .<Integer>json("$.resource_provider_generation"))
                .isEqualTo(0);
    }

    @Test
    void projectUsersSeeTheirOwnProjectsUsagesWhateverTheirRole() {
        PlacementClient systemAdmin = as.system("admin,member,reader");
        String rp = systemProvider();
        assertThat(systemAdmin
                        .put(
                                "/resource_providers/" + rp + "/inventories",
                                "{\"resource_provider_generation\":0,\"inventories\":{\"VCPU\":{\"total\":4}}}")
                        .status())
                .isEqualTo(200);
        assertThat(systemAdmin
                        .put(
                                "/allocations/" + UUID.randomUUID(),
                                "{\"allocations\":{\"" + rp
                                        + "\":{\"resources\":{\"VCPU\":3}}},\"project_id\":\"p1\",\"user_id\":\"u1\","
                                        + "\"consumer_generation\":null,\"consumer_type\":\"INSTANCE\"}")
                        .status())
                .isEqualTo(204);

        Reply own = as.project("p1", "reader").microversion("1.9").get("/usages?project_id=p1");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.<Integer>json("$.usages.VCPU")).isEqualTo(3);
        assertThat(as.project("p2", "admin,member,reader")
                        .get("/usages?project_id=p1")
                        .status())
                .isEqualTo(403);
        assertThat(as.project("p1", "member").get("/usages?project_id=p1").status())
                .isEqualTo(403);
    }

    @Test
    void thePolicyFileOverridesNamedRulesAndLeavesTheOthersAtTheirDefaults() {
        assertThat(as.system("").get("/traits").status()).isEqualTo(200);
        assertThat(as.system("reader").get("/resource_classes").status()).isEqualTo(403);
        assertThat(as.system("auditor").get("/resource_classes").status()).isEqualTo(200);
        assertThat(as.system("").get("/resource_providers").status()).isEqualTo(403);
    }

    @Test
    void anOverriddenRuleStillRefusesATokenOfTheWrongScope() {
        Reply refused = as.project("p1", "admin").get("/traits");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.<String>json("$.errors[0].detail")).contains("placement:traits:list");
    }

    @Test
    void aPreflightFromTheAllowedOriginIsAnsweredWithItsHeaders() {
        Reply preflight = api.withHeader("Origin", "http://valid.example.com")
                .withHeader("Access-Control-Request-Method", "GET")
                .withHeader("Access-Control-Request-Headers", "openstack-api-version")
                .send("OPTIONS", "/", null);

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://valid.example.com");
        assertThat(preflight.header("Access-Control-Allow-Headers")).isEqualTo("openstack-api-version");
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET");
    }

    @Test
    void aPreflightFromAnotherOriginOrAskingForAnotherHeaderIsAnsweredWithoutThem() {
        Reply otherOrigin = api.withHeader("Origin", "http://invalid.example.com")
                .withHeader("Access-Control-Request-Method", "GET")
                .send("OPTIONS", "/", null);
        Reply otherHeader = api.withHeader("Origin", "http://valid.example.com")
                .withHeader("Access-Control-Request-Method", "GET")
                .withHeader("Access-Control-Request-Headers", "x-roles")
                .send("OPTIONS", "/resource_providers", null);

        assertThat(otherOrigin.status()).isEqualTo(200);
        assertThat(otherOrigin.header("Access-Control-Allow-Origin")).isNull();
        assertThat(otherHeader.status()).isEqualTo(200);
        assertThat(otherHeader.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void anActualRequestFromTheAllowedOriginMayReadTheExposedHeaders() {
        Reply allowed = as.system("reader")
                .withHeader("Origin", "http://valid.example.com")
                .get("/resource_providers");
        Reply other = as.system("reader")
                .withHeader("Origin", "http://invalid.example.com")
                .get("/resource_providers");

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://valid.example.com");
        assertThat(allowed.header("Access-Control-Expose-Headers")).contains("OpenStack-API-Version");
        assertThat(allowed.response().headers().allValues("Vary")).contains("Origin", "openstack-api-version");
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    private String systemProvider() {
        String rp = UUID.randomUUID().toString();
        assertThat(as.system("admin")
                        .post("/resource_providers", "{\"name\":\"cn-" + rp + "\",\"uuid\":\"" + rp + "\"}")
                        .status())
                .isEqualTo(200);
        return rp;
    }
}
