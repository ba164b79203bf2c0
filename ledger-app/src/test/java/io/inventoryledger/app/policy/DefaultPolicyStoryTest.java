package io.inventoryledger.app.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Placement's default policy (no enforce-scope, no new defaults): the deprecated admin role still rules. */
class DefaultPolicyStoryTest extends LedgerServerTest {
    private Callers as;
    private String rp;

    @BeforeEach
    void aProvider() {
        as = new Callers(api);
        rp = UUID.randomUUID().toString();
        assertThat(api.post("/resource_providers", "{\"name\":\"cn1\",\"uuid\":\"" + rp + "\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aSystemReaderReadsProvidersAndTheirAggregatesButCannotWrite() {
        assertThat(as.system("reader").get("/resource_providers").status()).isEqualTo(200);
        assertThat(as.system("reader")
                        .get("/resource_providers/" + rp + "/aggregates")
                        .status())
                .isEqualTo(200);

        Reply refused = as.system("reader").delete("/resource_providers/" + rp);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.<String>json("$.errors[0].detail"))
                .contains("Policy does not allow placement:resource_providers:delete to be performed.");
        assertThat(api.get("/resource_providers/" + rp).status()).isEqualTo(200);
    }

    @Test
    void aProjectScopedAdminIsStillAnAdmin() {
        Reply created = as.project("p1", "admin,member,reader").post("/resource_providers", "{\"name\":\"cn2\"}");

        assertThat(created.status()).isEqualTo(200);
        assertThat(api.get("/resource_providers?name=cn2").<Integer>json("$.resource_providers.length()"))
                .isEqualTo(1);
    }

    @Test
    void aProjectMemberIsRefusedProviderRoutes() {
        assertThat(as.project("p1", "member,reader")
                        .get("/resource_providers/" + rp)
                        .status())
                .isEqualTo(403);
        assertThat(as.project("p1", "member,reader")
                        .get("/resource_providers/" + rp + "/usages")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aProjectReaderSeesItsOwnProjectsUsagesOnly() {
        assertThat(as.project("p1", "reader").get("/usages?project_id=p1").status())
                .isEqualTo(200);

        Reply snooping = as.project("p2", "reader").get("/usages?project_id=p1");

        assertThat(snooping.status()).isEqualTo(403);
        assertThat(snooping.<String>json("$.errors[0].detail")).contains("placement:usages");
    }

    @Test
    void withoutCorsConfiguredAnOptionsRequestIs405AndNoOriginIsAllowed() {
        Reply preflight = api.withHeader("Origin", "http://valid.example.com")
                .withHeader("Access-Control-Request-Method", "GET")
                .send("OPTIONS", "/", null);
        Reply get = api.withHeader("Origin", "http://valid.example.com").get("/");

        assertThat(preflight.status()).isEqualTo(405);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.header("Access-Control-Allow-Origin")).isNull();
    }
}
