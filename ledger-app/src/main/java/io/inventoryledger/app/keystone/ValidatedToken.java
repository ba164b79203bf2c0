package io.inventoryledger.app.keystone;

import com.fasterxml.jackson.databind.JsonNode;
import io.inventoryledger.app.web.Caller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What Keystone's {@code GET /v3/auth/tokens} says of a valid token: user, project, domain or
 * system scope, roles (implied roles included, as Keystone lists them) and when it expires.
 */
record ValidatedToken(
        String userId,
        String userDomainId,
        String projectId,
        String projectDomainId,
        String domainId,
        String systemScope,
        List<String> roles,
        Instant expiresAt) {

    static ValidatedToken of(JsonNode body) {
        JsonNode token = body.path("token");
        List<String> roles = new ArrayList<>();
        token.path("roles").forEach(role -> roles.add(role.path("name").asText()));
        return new ValidatedToken(
                text(token.path("user").path("id")),
                text(token.path("user").path("domain").path("id")),
                text(token.path("project").path("id")),
                text(token.path("project").path("domain").path("id")),
                text(token.path("domain").path("id")),
                token.path("system").path("all").asBoolean(false) ? "all" : null,
                List.copyOf(roles),
                Instant.parse(token.path("expires_at").asText()));
    }

    boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** The caller this token makes, with the service user of an accompanying service token (or null). */
    Caller caller(ValidatedToken service) {
        return new Caller(
                userId,
                projectId,
                domainId,
                systemScope,
                roles,
                userDomainId,
                projectDomainId,
                service == null ? null : new Caller.Service(service.userId, service.projectId, service.roles));
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
