package io.inventoryledger.app.policy;

import io.inventoryledger.app.support.PlacementClient;

/** Clients for the callers the policy stories are about, as noauth2 sees them (token, X-Roles, scope). */
final class Callers {
    private final PlacementClient admin;

    Callers(PlacementClient admin) {
        this.admin = admin;
    }

    PlacementClient system(String roles) {
        return admin.withHeader("X-Auth-Token", "user")
                .withHeader("X-Roles", roles)
                .withHeader("OpenStack-System-Scope", "all");
    }

    PlacementClient project(String project, String roles) {
        return admin.withHeader("X-Auth-Token", "user")
                .withHeader("X-Roles", roles)
                .withHeader("X-Project-Id", project);
    }
}
