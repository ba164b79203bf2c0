package io.inventoryledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** What every route shares: microversions, authentication, content negotiation, routing, error shape. */
class HttpProtocolStoryTest extends LedgerServerTest {

    @Test
    void theRootNeedsNoTokenAndTellsTheVersions() {
        Reply root = api.withHeader("X-Auth-Token", null)
                .withHeader("OpenStack-API-Version", null)
                .get("/");

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.<String>json("$.versions[0].min_version")).isEqualTo("1.0");
        assertThat(root.<String>json("$.versions[0].max_version")).isEqualTo("1.39");
        assertThat(root.<String>json("$.versions[0].id")).isEqualTo("v1.0");
        assertThat(root.header("openstack-api-version")).isEqualTo("placement 1.0");
        assertThat(root.header("cache-control")).isNull();
    }

    @Test
    void theMicroversionIsEchoedAndCachingHeadersStartAt115() {
        Reply at115 = api.microversion("1.15").get("/");

        assertThat(at115.header("openstack-api-version")).isEqualTo("placement 1.15");
        assertThat(at115.header("vary")).isEqualTo("openstack-api-version");
        assertThat(at115.header("cache-control")).isEqualTo("no-cache");
        assertThat(at115.header("last-modified")).matches("^\\w+, \\d+ \\w+ \\d{4} [\\d:]+ GMT$");
        assertThat(api.microversion("latest").get("/").header("openstack-api-version"))
                .isEqualTo("placement 1.39");
    }

    @Test
    void aMalformedMicroversionIs400() {
        Reply bad = api.microversion("pony.horse").get("/resource_providers");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.<String>json("$.errors[0].detail")).contains("invalid version string: pony.horse");
    }

    @Test
    void aMicroversionOutsideTheRangeIs406WithTheRange() {
        Reply tooHigh = api.microversion("1.40").get("/resource_providers");

        assertThat(tooHigh.status()).isEqualTo(406);
        assertThat(tooHigh.<String>json("$.errors[0].detail")).contains("Unacceptable version header: 1.40");
        assertThat(tooHigh.<String>json("$.errors[0].min_version")).isEqualTo("1.0");
        assertThat(tooHigh.<String>json("$.errors[0].max_version")).isEqualTo("1.39");
    }

    @Test
    void errorsCarryACodeFrom123Only() {
        Reply at122 = api.microversion("1.22").get("/resource_providers/nope");
        Reply at123 = api.microversion("1.23").get("/resource_providers/nope");

        assertThat(at122.status()).isEqualTo(404);
        assertThat(at122.body()).doesNotContain("\"code\"");
        assertThat(at123.errorCode()).isEqualTo("placement.undefined_code");
        assertThat(at123.<String>json("$.errors[0].request_id")).isEqualTo(at123.header("openstack-request-id"));
    }

    @Test
    void everyResponseHasARequestId() {
        assertThat(api.get("/").header("openstack-request-id")).startsWith("req-");
        assertThat(api.get("/resource_providers").header("openstack-request-id"))
                .startsWith("req-");
        assertThat(api.get("/nowhere").header("openstack-request-id")).startsWith("req-");
        assertThat(api.withHeader("X-Auth-Token", null)
                        .get("/resource_providers")
                        .header("openstack-request-id"))
                .startsWith("req-");
    }

    @Test
    void withoutATokenOnlyTheRootAnswers() {
        Reply anonymous = api.withHeader("X-Auth-Token", null).get("/resource_providers");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.<String>json("$.errors[0].title")).isEqualTo("Unauthorized");
    }

    @Test
    void aNonAdminIsForbiddenByTheDefaultPolicy() {
        PlacementClient user = api.withHeader("X-Auth-Token", "user:project");

        Reply listed = user.get("/resource_providers");
        Reply created = user.post("/resource_providers", "{\"name\":\"cn1\"}");

        assertThat(listed.status()).isEqualTo(403);
        assertThat(listed.errorCode()).isEqualTo("placement.undefined_code");
        assertThat(created.status()).isEqualTo(403);
        assertThat(api.get("/resource_providers").body()).isEqualTo("{\"resource_providers\":[]}");
    }

    @Test
    void anUnknownPathIs404() {
        Reply unknown = api.get("/resource_providers/abc/cows");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.<String>json("$.errors[0].title")).isEqualTo("Not Found");
    }

    @Test
    void aWrongMethodIs405WithTheRoutesMethods() {
        Reply onList = api.delete("/resource_providers");
        Reply onRoot = api.send("PATCH", "/", "{}");
        Reply options = api.send("OPTIONS", "/resource_providers", null);

        assertThat(onList.status()).isEqualTo(405);
        assertThat(onList.header("allow")).isEqualTo("GET, POST");
        assertThat(onList.<String>json("$.errors[0].detail")).contains("The method DELETE is not allowed");
        assertThat(onRoot.header("allow")).isEqualTo("GET");
        assertThat(options.status()).isEqualTo(405);
    }

    @Test
    void aWrongMethodOnARouteServedElsewhereIs405Too() {
        Reply traits = api.send("POST", "/resource_providers/abc/traits", "{}");
        Reply reshaper = api.get("/reshaper");

        assertThat(traits.status()).isEqualTo(405);
        assertThat(traits.header("allow")).isEqualTo("GET, PUT, DELETE");
        assertThat(reshaper.status()).isEqualTo(405);
        assertThat(reshaper.header("allow")).isEqualTo("POST");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Reply plain = api.withHeader("Content-Type", "text/plain").post("/resource_providers", "a provider please");
        Reply none = api.put("/resource_providers/abc", null);

        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.<String>json("$.errors[0].detail"))
                .contains("The media type text/plain is not supported, use application/json");
        assertThat(none.status()).isEqualTo(415);
        assertThat(none.<String>json("$.errors[0].detail")).contains("The media type None is not supported");
    }

    @Test
    void aBodyWithoutContentTypeIs400() {
        Reply refused = api.sendRaw("POST", "/resource_providers", HttpRequest.BodyPublishers.ofString("{}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].detail"))
                .contains("content-type header required when content-length > 0");
    }

    @Test
    void anAcceptWithoutJsonIs406() {
        Reply refused = api.withHeader("Accept", "text/plain").get("/resource_providers");
        Reply browser = api.withHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .get("/resource_providers");

        assertThat(refused.status()).isEqualTo(406);
        assertThat(refused.header("content-type")).startsWith("text/plain");
        assertThat(refused.body()).contains("Only application/json is provided");
        assertThat(browser.status()).isEqualTo(200);
    }

    @Test
    void errorsFollowTheAcceptHeader() {
        Reply html = api.withHeader("Accept", "text/html").get("/nowhere");
        Reply anything = api.withHeader("Accept", "*/*").get("/nowhere");

        assertThat(html.header("content-type")).startsWith("text/html");
        assertThat(html.body()).contains("<title>404 Not Found</title>");
        assertThat(anything.header("content-type")).isEqualTo("application/json");
        assertThat(anything.<String>json("$.errors[0].title")).isEqualTo("Not Found");
    }
}
