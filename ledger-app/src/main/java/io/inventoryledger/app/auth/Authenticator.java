package io.inventoryledger.app.auth;

import io.inventoryledger.app.web.Caller;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The authentication strategy ({@code ledger.auth.strategy}): who the caller of a request is.
 * Throws {@link Unauthenticated} (401) for a missing or refused token and {@link IdentityUnavailable}
 * (503) when the identity service cannot say; never lets a request through unidentified.
 */
public interface Authenticator {
    Caller authenticate(HttpServletRequest request);
}
