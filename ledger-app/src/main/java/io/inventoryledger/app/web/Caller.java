package io.inventoryledger.app.web;

import java.util.List;

/** Who is calling, as Placement's noauth2 derives it from the token: "user[:project]". */
public record Caller(String userId, String projectId, List<String> roles, boolean systemScope) {
    public boolean isAdmin() {
        return roles.contains("admin");
    }
}
