package io.inventoryledger.app.web;

import org.springframework.http.HttpStatus;

/** Placement's default policy: nearly every route is for admins only. */
public final class Policy {
    private Policy() {
    }

    public static void requireAdmin(Caller caller, String action) {
        if (caller == null || !caller.isAdmin()) {
            throw new PlacementHttpException(HttpStatus.FORBIDDEN,
                    "Policy does not allow " + action + " to be performed.");
        }
    }
}
