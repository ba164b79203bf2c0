package io.inventoryledger.app.web;

import java.util.List;

/**
 * Who is calling, as the authentication strategy established it: user, project (and the domains
 * they belong to), domain or system scope, roles; and the service user when a service token came
 * along (Nova sends its own token as X-Service-Token next to the user's). Under noauth2 all of it
 * is what the caller claimed; under Keystone all of it comes from validated tokens.
 */
public record Caller(
        String userId,
        String projectId,
        String domainId,
        String systemScope,
        List<String> roles,
        String userDomainId,
        String projectDomainId,
        Service service) {

    /** The service user of an accompanying X-Service-Token, as Keystone validated it. */
    public record Service(String userId, String projectId, List<String> roles) {}

    /** A caller without domains or service user (noauth2's view). */
    public Caller(String userId, String projectId, String domainId, String systemScope, List<String> roles) {
        this(userId, projectId, domainId, systemScope, roles, null, null, null);
    }
}
