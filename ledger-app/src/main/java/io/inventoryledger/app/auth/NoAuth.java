package io.inventoryledger.app.auth;

import io.inventoryledger.app.web.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/**
 * Placement's noauth2 followed by oslo.context's from_environ: the token is "user[:project]";
 * X-Roles overrides the roles (the user "admin" alone is otherwise an admin); with a system scope
 * the token's project is not the caller's project, though an explicit X-Project-Id still is. Whoever
 * reaches the port is whoever they claim: for trying the service and for tests only.
 */
final class NoAuth implements Authenticator {
    @Override
    public Caller authenticate(HttpServletRequest request) {
        String token = request.getHeader("X-Auth-Token");
        if (token == null) {
            throw new Unauthenticated("no X-Auth-Token", null);
        }
        return caller(token, request);
    }

    static Caller caller(String token, HttpServletRequest request) {
        int colon = token.indexOf(':');
        String user = colon < 0 ? token : token.substring(0, colon);
        String tokenProject = colon < 0 || colon == token.length() - 1 ? user : token.substring(colon + 1);
        String rolesHeader = request.getHeader("X-Roles");
        List<String> roles;
        if (rolesHeader != null) {
            roles = Arrays.stream(rolesHeader.split(","))
                    .map(String::trim)
                    .filter(r -> !r.isEmpty())
                    .toList();
        } else {
            roles = user.equals("admin") ? List.of("admin") : List.of();
        }
        String scope = blankToNull(request.getHeader("OpenStack-System-Scope"));
        String project = firstOf(
                request.getHeader("X-Project-Id"),
                scope == null ? tokenProject : null,
                request.getHeader("X-Tenant-Id"),
                request.getHeader("X-Tenant"));
        return new Caller(user, project, blankToNull(request.getHeader("X-Domain-Id")), scope, roles);
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
