package io.inventoryledger.app.keystone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inventoryledger.app.auth.IdentityUnavailable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keystone's v3 token API as the service uses it: it authenticates itself (password method, project
 * scope; the token is reused until shortly before it expires, or until Keystone stops accepting it)
 * and asks Keystone about each caller's token. Any failure to get an answer is {@link
 * IdentityUnavailable}, never a verdict.
 */
final class KeystoneClient {
    /** A service token this close to its expiry is renewed before use. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);

    private final KeystoneProperties settings;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile ServiceToken serviceToken;

    private record ServiceToken(String id, Instant expiresAt) {}

    KeystoneClient(KeystoneProperties settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    /** Keystone's verdict on a token: its content when valid, empty when invalid, expired or revoked. */
    Optional<ValidatedToken> validate(String subjectToken) {
        ServiceToken own = serviceToken();
        HttpResponse<String> reply = validateWith(own, subjectToken);
        if (reply.statusCode() == 401) { // our own token was revoked or Keystone's keys rotated: log in again, once
            reply = validateWith(renewServiceToken(own), subjectToken);
        }
        return switch (reply.statusCode()) {
            case 200 -> Optional.of(ValidatedToken.of(read(reply)));
            case 404 -> Optional.empty();
            default -> throw unavailable("token validation answered " + reply.statusCode(), null);
        };
    }

    private HttpResponse<String> validateWith(ServiceToken own, String subjectToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.v3() + "/auth/tokens"))
                .timeout(settings.timeout())
                .header("X-Auth-Token", own.id())
                .header("X-Subject-Token", subjectToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request);
    }

    private ServiceToken serviceToken() {
        ServiceToken current = serviceToken;
        if (current != null && current.expiresAt().minus(RENEW_BEFORE).isAfter(clock.instant())) {
            return current;
        }
        return renewServiceToken(current);
    }

    private synchronized ServiceToken renewServiceToken(ServiceToken stale) {
        if (serviceToken != stale) { // another thread renewed it meanwhile
            return serviceToken;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.v3() + "/auth/tokens"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(passwordAuth()))
                .build();
        HttpResponse<String> reply = send(request);
        String id = reply.headers().firstValue("X-Subject-Token").orElse(null);
        if (reply.statusCode() != 201 || id == null) {
            throw unavailable("the service's own authentication answered " + reply.statusCode(), null);
        }
        ServiceToken fresh = new ServiceToken(id, ValidatedToken.of(read(reply)).expiresAt());
        serviceToken = fresh;
        return fresh;
    }

    private String passwordAuth() {
        ObjectNode root = json.createObjectNode();
        ObjectNode auth = root.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode user = identity.putObject("password").putObject("user");
        user.put("name", settings.username());
        user.putObject("domain").put("id", settings.userDomainId());
        user.put("password", settings.password());
        ObjectNode project = auth.putObject("scope").putObject("project");
        project.put("name", settings.projectName());
        project.putObject("domain").put("id", settings.projectDomainId());
        return root.toString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw unavailable("Keystone at " + settings.v3() + " did not answer: " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while asking Keystone", interrupted);
        }
    }

    private JsonNode read(HttpResponse<String> reply) {
        try {
            return json.readTree(reply.body());
        } catch (IOException unreadable) {
            throw unavailable("Keystone's answer was not JSON", unreadable);
        }
    }

    private IdentityUnavailable unavailable(String why, Throwable cause) {
        return new IdentityUnavailable(why, settings.retryAfterSeconds(), cause);
    }
}
