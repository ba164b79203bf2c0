package io.inventoryledger.app.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;

/** Placement's noauth2: the token is "user[:project]"; X-Roles overrides the roles; "admin" is an admin. */
final class NoAuth {
    private NoAuth() {
    }

    static Caller caller(String token, HttpServletRequest request) {
        int colon = token.indexOf(':');
        String user = colon < 0 ? token : token.substring(0, colon);
        String project = colon < 0 || colon == token.length() - 1 ? user : token.substring(colon + 1);
        String rolesHeader = request.getHeader("X-Roles");
        List<String> roles;
        if (rolesHeader != null) {
            roles = Arrays.stream(rolesHeader.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
        } else {
            roles = user.equals("admin") ? List.of("admin") : List.of();
        }
        String scope = request.getHeader("OpenStack-System-Scope");
        boolean system = scope != null && !scope.isEmpty();
        return new Caller(user, system ? null : project, roles, system);
    }
}
