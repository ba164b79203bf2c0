package io.inventoryledger.app.keystone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inventoryledger.app.support.KeystoneServerTest;
import io.inventoryledger.app.support.RealKeystone.Scope;
import io.inventoryledger.app.support.RealKeystone.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.actuate.endpoint.web.WebOperation;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route the service serves (Spring MVC's mapping and the Actuator endpoints, so routes added
 * later are walked too) with real Keystone tokens: no route answers 2xx to an anonymous caller, a token
 * without roles, a project member or reader, nor to a system reader on any write; a system admin is refused
 * nowhere. Only version discovery and health (as UP/DOWN) are public.
 */
class RouteWalkStoryTest extends KeystoneServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}]+)}");
    private static final List<String> ALL_METHODS = List.of("GET", "POST", "PUT", "DELETE");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvc;

    @Autowired
    PathMappedEndpoints actuator;

    record Route(String method, String path) {
        boolean read() {
            return method.equals("GET");
        }
    }

    record Answer(int status, String body) {}

    @Test
    void no_route_answers_2xx_to_anonymous_or_under_privileged_callers() {
        List<Route> routes = routes();
        assertThat(routes)
                .extracting(Route::path)
                .contains(
                        "/resource_providers",
                        "/ledger/projections/rebuild",
                        "/ledger/ops/consistency",
                        "/ledger/ops/processors",
                        "/ledger/testing/reset",
                        "/ledger/ops/health",
                        "/ledger/ops/metrics",
                        "/ledger/ops/prometheus");

        Map<String, String> underPrivileged = new LinkedHashMap<>();
        underPrivileged.put("anonymous", null);
        underPrivileged.put("unscoped (no roles)", keystone.token(User.ADMIN, Scope.UNSCOPED));
        underPrivileged.put("project member", keystone.token(User.MEMBER, Scope.PROJECT));
        underPrivileged.put("project reader", keystone.token(User.READER, Scope.PROJECT));
        String systemReader = keystone.token(User.READER, Scope.SYSTEM);
        String systemAdmin = keystone.token(User.ADMIN, Scope.SYSTEM);

        List<String> breaches = new ArrayList<>();
        for (Route route : routes) {
            underPrivileged.forEach((who, token) -> {
                Answer answer = call(route, token);
                if (answer.status() / 100 == 2 && !isPublic(route, answer)) {
                    breaches.add(who + ": " + route + " -> " + answer.status());
                }
            });
            if (!route.read()) {
                Answer reader = call(route, systemReader);
                if (reader.status() / 100 == 2) {
                    breaches.add("system reader: " + route + " -> " + reader.status());
                }
            }
            Answer admin = call(route, systemAdmin); // the rules are not simply "deny all"
            if (admin.status() == 401 || admin.status() == 403) {
                breaches.add("system admin refused: " + route + " -> " + admin.status() + " " + admin.body());
            }
        }
        assertThat(breaches).isEmpty();
    }

    @Test
    void health_is_up_or_down_for_anyone_and_detailed_for_readers() throws IOException {
        Answer anonymous = call(new Route("GET", "/ledger/ops/health"), null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(JSON.readTree(anonymous.body()).path("status").asText()).isEqualTo("UP");
        assertThat(JSON.readTree(anonymous.body()).has("components")).isFalse();

        Answer member = call(new Route("GET", "/ledger/ops/health"), keystone.token(User.MEMBER, Scope.PROJECT));
        assertThat(JSON.readTree(member.body()).has("components")).isFalse();

        Answer reader = call(new Route("GET", "/ledger/ops/health"), keystone.token(User.READER, Scope.SYSTEM));
        JsonNode details = JSON.readTree(reader.body());
        assertThat(details.path("components").path("db").path("status").asText())
                .isEqualTo("UP");
    }

    /** Version discovery, and health without details. */
    private static boolean isPublic(Route route, Answer answer) {
        if (route.path().equals("/")) {
            return true;
        }
        if (route.path().startsWith("/ledger/ops/health")) {
            try {
                JsonNode body = JSON.readTree(answer.body());
                return !body.has("components") && !body.has("details");
            } catch (IOException unreadable) {
                return false;
            }
        }
        return false;
    }

    private List<Route> routes() {
        TreeSet<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mvc.getHandlerMethods().keySet()) {
            List<String> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? ALL_METHODS
                    : info.getMethodsCondition().getMethods().stream()
                            .map(RequestMethod::name)
                            .toList();
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    if (seen.add(method + " " + pattern)) {
                        routes.add(new Route(method, pattern));
                    }
                }
            }
        }
        actuator.stream()
                .filter(ExposableWebEndpoint.class::isInstance)
                .map(ExposableWebEndpoint.class::cast)
                .forEach(endpoint -> {
                    for (WebOperation operation : endpoint.getOperations()) {
                        String path = actuator.getBasePath() + "/"
                                + operation.getRequestPredicate().getPath();
                        String method =
                                operation.getRequestPredicate().getHttpMethod().name();
                        if (seen.add(method + " " + path)) {
                            routes.add(new Route(method, path));
                        }
                    }
                });
        return routes;
    }

    private Answer call(Route route, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + concrete(route.path())))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("OpenStack-API-Version", "placement latest");
        if (token != null) {
            request.header("X-Auth-Token", token);
        }
        if (route.method().equals("GET") || route.method().equals("DELETE")) {
            request.method(route.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
        }
        try {
            // streamed: a route that streams (a feed) answers its status without ending its body
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String text = response.statusCode() / 100 == 2 && !route.path().startsWith("/ledger/ops/health")
                        ? ""
                        : new String(body.readNBytes(1 << 20));
                return new Answer(response.statusCode(), text);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The pattern with each variable filled in: uuids with a fresh one, names with plausible values. */
    private static String concrete(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1).toLowerCase();
            String value = name.contains("uuid") || name.equals("id")
                    ? UUID.randomUUID().toString()
                    : name.contains("metric") ? "jvm.threads.live" : name.contains("class") ? "VCPU" : "CUSTOM_WALK";
            variable.appendReplacement(path, value);
        }
        variable.appendTail(path);
        return path.toString();
    }
}
