package io.inventoryledger.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Keystone (Debian's python3-keystone under uWSGI, scripts/keystone-sandbox.sh) on a free loopback
 * port with its own PostgreSQL database, started once per test run (JUnit extension: the first test
 * class that asks starts it, the end of the run stops it). Besides bootstrap's admin it has a project
 * "demo" with users member (member) and reader (reader, and reader on the system), and a project
 * "service" with the service's own user placement and Nova's service user nova (both role service).
 */
public final class RealKeystone implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
    public static final String PASSWORD = "secret-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path SCRIPT = Path.of("../scripts/keystone-sandbox.sh").toAbsolutePath();
    private static RealKeystone running;

    private final Path dir;
    private final int port;
    private final Map<String, String> projects;

    /** Users of the sandbox. */
    public enum User {
        ADMIN("admin"),
        MEMBER("member"),
        READER("reader"),
        NOVA("nova"),
        PLACEMENT("placement");

        public final String name;

        User(String name) {
            this.name = name;
        }
    }

    /** The extension's constructor (JUnit calls it); the sandbox itself is {@link #get()}. */
    public RealKeystone() {
        this(null, 0, Map.of());
    }

    private RealKeystone(Path dir, int port, Map<String, String> projects) {
        this.dir = dir;
        this.port = port;
        this.projects = projects;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RealKeystone.class, key -> get(), RealKeystone.class);
    }

    /** The one sandbox of this test run, started on first use. */
    public static synchronized RealKeystone get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    private static RealKeystone start() {
        try {
            Path dir = Path.of("target/keystone-sandbox").toAbsolutePath();
            Files.createDirectories(dir);
            int port = freePort();
            run(
                    SCRIPT.toString(),
                    "start",
                    dir.toString(),
                    Integer.toString(port),
                    "_ks_" + TestDatabase.name(),
                    PASSWORD);
            RealKeystone keystone = new RealKeystone(dir, port, Map.of());
            return keystone.populate();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Projects, the service role, users and their role assignments, made through the API as an operator would. */
    private RealKeystone populate() {
        String admin = token(User.ADMIN, Scope.SYSTEM);
        String demo = create(admin, "/projects", "project", Map.of("name", "demo", "domain_id", "default"));
        String service = create(admin, "/projects", "project", Map.of("name", "service", "domain_id", "default"));
        String serviceRole = create(admin, "/roles", "role", Map.of("name", "service"));
        Map<String, String> roles = roleIds(admin);
        for (User user : List.of(User.MEMBER, User.READER, User.NOVA, User.PLACEMENT)) {
            String id = create(
                    admin, "/users", "user", Map.of("name", user.name, "domain_id", "default", "password", PASSWORD));
            switch (user) {
                case MEMBER -> assign(admin, "/projects/" + demo + "/users/" + id + "/roles/" + roles.get("member"));
                case READER -> {
                    assign(admin, "/projects/" + demo + "/users/" + id + "/roles/" + roles.get("reader"));
                    assign(admin, "/system/users/" + id + "/roles/" + roles.get("reader"));
                }
                default -> assign(admin, "/projects/" + service + "/users/" + id + "/roles/" + serviceRole);
            }
        }
        String adminProject = getJson(admin, "/projects?name=admin")
                .path("projects")
                .get(0)
                .path("id")
                .asText();
        return new RealKeystone(dir, port, Map.of("admin", adminProject, "demo", demo, "service", service));
    }

    /** The scope a token is asked for. */
    public enum Scope {
        SYSTEM,
        PROJECT,
        UNSCOPED
    }

    public String authUrl() {
        return "http://127.0.0.1:" + port + "/v3";
    }

    public String projectId(String name) {
        return projects.get(name);
    }

    /** The project a user's project-scoped token is for: admin's own, nova and placement in service, else demo. */
    public static String homeProject(User user) {
        return switch (user) {
            case ADMIN -> "admin";
            case NOVA, PLACEMENT -> "service";
            default -> "demo";
        };
    }

    /** A fresh token of this user with this scope, issued by the sandbox. */
    public String token(User user, Scope scope) {
        return issue(authUrl(), user, scope).token();
    }

    /** A token and when it expires. */
    public record Issued(String token, Instant expiresAt, String userId) {}

    public Issued issue(String url, User user, Scope scope) {
        Map<String, Object> password = Map.of(
                "user", Map.of("name", user.name, "domain", Map.of("id", "default"), "password", passwordOf(user)));
        Map<String, Object> auth = new java.util.LinkedHashMap<>();
        auth.put("identity", Map.of("methods", List.of("password"), "password", password));
        switch (scope) {
            case SYSTEM -> auth.put("scope", Map.of("system", Map.of("all", true)));
            case PROJECT ->
                auth.put(
                        "scope",
                        Map.of("project", Map.of("name", homeProject(user), "domain", Map.of("id", "default"))));
            case UNSCOPED -> {}
        }
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(url + "/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("auth", auth))))
                .build());
        if (reply.statusCode() != 201) {
            throw new IllegalStateException(
                    "token for " + user + " " + scope + ": " + reply.statusCode() + " " + reply.body());
        }
        JsonNode token = read(reply.body()).path("token");
        return new Issued(
                reply.headers().firstValue("X-Subject-Token").orElseThrow(),
                Instant.parse(token.path("expires_at").asText()),
                token.path("user").path("id").asText());
    }

    /** A token that expires after {@code seconds}, from a second server on the same database and keys. */
    public Issued shortLived(User user, Scope scope, int seconds) {
        int shortPort = freePort();
        run(SCRIPT.toString(), "serve-short", dir.toString(), Integer.toString(shortPort), Integer.toString(seconds));
        try {
            return issue("http://127.0.0.1:" + shortPort + "/v3", user, scope);
        } finally {
            run(SCRIPT.toString(), "stop-short", dir.toString());
        }
    }

    /** Revokes a token (DELETE /v3/auth/tokens, as a logout does). */
    public void revoke(String token) {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(authUrl() + "/auth/tokens"))
                .header("X-Auth-Token", token(User.ADMIN, Scope.SYSTEM))
                .header("X-Subject-Token", token)
                .DELETE()
                .build());
        if (reply.statusCode() != 204) {
            throw new IllegalStateException("revoke: " + reply.statusCode() + " " + reply.body());
        }
    }

    /** Stops the server (the database and keys stay): the service then cannot validate new tokens. */
    public void stop() {
        run(SCRIPT.toString(), "stop", dir.toString());
    }

    /** Serves again after {@link #stop()}. */
    public void resume() {
        run(SCRIPT.toString(), "serve", dir.toString());
    }

    @Override
    public void close() {
        stop();
    }

    private static String passwordOf(User user) {
        return PASSWORD;
    }

    private String create(String admin, String path, String kind, Map<String, Object> fields) {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(authUrl() + path))
                .header("X-Auth-Token", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(Map.of(kind, fields))))
                .build());
        if (reply.statusCode() != 201) {
            throw new IllegalStateException("create " + path + ": " + reply.statusCode() + " " + reply.body());
        }
        return read(reply.body()).path(kind).path("id").asText();
    }

    private void assign(String admin, String path) {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(authUrl() + path))
                .header("X-Auth-Token", admin)
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build());
        if (reply.statusCode() != 204) {
            throw new IllegalStateException("assign " + path + ": " + reply.statusCode() + " " + reply.body());
        }
    }

    private Map<String, String> roleIds(String admin) {
        Map<String, String> ids = new java.util.HashMap<>();
        getJson(admin, "/roles")
                .path("roles")
                .forEach(role ->
                        ids.put(role.path("name").asText(), role.path("id").asText()));
        return ids;
    }

    private JsonNode getJson(String admin, String path) {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(authUrl() + path))
                .header("X-Auth-Token", admin)
                .GET()
                .build());
        return read(reply.body());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            Path.of("target/keystone-sandbox.log").toFile()))
                    .start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: see target/keystone-sandbox.log");
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
