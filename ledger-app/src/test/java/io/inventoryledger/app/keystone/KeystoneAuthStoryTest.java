package io.inventoryledger.app.keystone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inventoryledger.app.support.KeystoneServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.RealKeystone.Issued;
import io.inventoryledger.app.support.RealKeystone.Scope;
import io.inventoryledger.app.support.RealKeystone.User;
import io.inventoryledger.app.support.Reply;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tokens of a real Keystone against the service in Keystone mode: who gets in, who is refused, and how. */
class KeystoneAuthStoryTest extends KeystoneServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    private String challenge() {
        return "Keystone uri=\"" + keystone.authUrl() + "\"";
    }

    private void assertRefused(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo(challenge());
    }

    @Test
    void a_request_without_a_token_or_with_one_keystone_does_not_know_is_401_with_the_keystone_challenge() {
        assertRefused(anonymous().get("/resource_providers"));
        assertRefused(withToken("not-a-token").get("/resource_providers"));
        assertRefused(withToken("gAAAAABinvalidfernettoken").post("/resource_providers", "{\"name\":\"cn1\"}"));
        assertThat(anonymous().get("/").status()).isEqualTo(200); // version discovery stays public
    }

    @Test
    void an_expired_token_is_401() {
        Issued brief = keystone.shortLived(User.ADMIN, Scope.SYSTEM, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(brief.expiresAt()));
        assertRefused(withToken(brief.token()).get("/resource_providers"));
    }

    @Test
    void roles_and_scope_come_from_the_token() {
        PlacementClient systemAdmin = as(User.ADMIN, Scope.SYSTEM);
        assertThat(systemAdmin.post("/resource_providers", "{\"name\":\"cn1\"}").status())
                .isEqualTo(200);

        PlacementClient systemReader = as(User.READER, Scope.SYSTEM);
        assertThat(systemReader.get("/resource_providers").<Object>json("$.resource_providers[0].name"))
                .isEqualTo("cn1");
        assertThat(systemReader
                        .post("/resource_providers", "{\"name\":\"cn2\"}")
                        .status())
                .isEqualTo(403);

        // project-scoped: a reader of a project sees its own usages, and nothing of the cloud's providers
        PlacementClient projectReader = as(User.READER, Scope.PROJECT);
        assertThat(projectReader.get("/resource_providers").status()).isEqualTo(403);
        String demo = keystone.projectId("demo");
        assertThat(projectReader.get("/usages?project_id=" + demo).status()).isEqualTo(200);
        assertThat(projectReader
                        .get("/usages?project_id=" + keystone.projectId("admin"))
                        .status())
                .isEqualTo(403);
        PlacementClient member = as(User.MEMBER, Scope.PROJECT); // member implies reader
        assertThat(member.get("/usages?project_id=" + demo).status()).isEqualTo(200);
        assertThat(member.post("/resource_providers", "{\"name\":\"cn3\"}").status())
                .isEqualTo(403);

        // an unscoped token carries no roles at all
        assertThat(as(User.ADMIN, Scope.UNSCOPED).get("/resource_providers").status())
                .isEqualTo(403);
        // a project-scoped admin is still an admin by default (Placement's deprecated role:admin alternative)
        assertThat(as(User.ADMIN, Scope.PROJECT)
                        .post("/resource_providers", "{\"name\":\"cn4\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void a_revoked_token_is_refused_once_its_cache_entry_ends() {
        String token = keystone.token(User.ADMIN, Scope.SYSTEM);
        PlacementClient admin = withToken(token);
        assertThat(admin.get("/resource_providers").status()).isEqualTo(200);
        keystone.revoke(token);
        Instant revoked = Instant.now();
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> admin.get("/resource_providers").status() == 401);
        assertThat(Duration.between(revoked, Instant.now()))
                .isLessThanOrEqualTo(Duration.ofSeconds(3 + 5)); // cache time + a slow validation
        assertRefused(admin.get("/resource_providers"));
    }

    @Test
    void the_principal_in_the_events_is_the_tokens_user_with_the_service_user_of_a_service_token() throws IOException {
        Issued user = keystone.issue(keystone.authUrl(), User.ADMIN, Scope.PROJECT);
        Issued nova = keystone.issue(keystone.authUrl(), User.NOVA, Scope.PROJECT);
        String uuid = UUID.randomUUID().toString();
        Reply created = withToken(user.token())
                .withHeader("X-Service-Token", nova.token())
                .withHeader("X-Project-Id", "someone-else") // a header the caller chose changes nothing
                .post("/resource_providers", "{\"name\":\"cn1\",\"uuid\":\"" + uuid + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(200);

        JsonNode meta = lastEventMetaData(uuid);
        assertThat(meta.path("principal").asText()).isEqualTo(user.userId());
        assertThat(meta.path("projectId").asText()).isEqualTo(keystone.projectId("admin"));
        assertThat(meta.path("roles").asText().split(",")).contains("admin", "member", "reader");
        assertThat(meta.path("servicePrincipal").asText()).isEqualTo(nova.userId());

        // an invalid service token is refused like an invalid user token
        assertRefused(
                withToken(user.token()).withHeader("X-Service-Token", "forged").get("/resource_providers"));
    }

    @Test
    void keystone_down_is_503_with_retry_after_for_tokens_not_yet_validated_and_service_resumes_with_it() {
        String cached = keystone.token(User.READER, Scope.SYSTEM);
        assertThat(withToken(cached).get("/resource_providers").status()).isEqualTo(200);
        String fresh = keystone.token(User.READER, Scope.SYSTEM);
        keystone.stop();
        try {
            Reply down = withToken(fresh).get("/resource_providers");
            assertThat(down.status()).as(down.toString()).isEqualTo(503);
            assertThat(down.header("Retry-After")).isEqualTo("5");
            assertThat(anonymous().get("/resource_providers").status()).isEqualTo(401);
        } finally {
            keystone.resume();
        }
        // a restarted Keystone's first answers can be slow: recovery is the next request that it answers in time
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> withToken(fresh).get("/resource_providers").status() == 200);
    }

    private JsonNode lastEventMetaData(String aggregate) throws IOException {
        byte[] meta = jdbc.queryForObject(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1",
                byte[].class,
                aggregate);
        return JSON.readTree(meta);
    }
}
