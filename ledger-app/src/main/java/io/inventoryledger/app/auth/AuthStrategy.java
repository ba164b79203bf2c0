package io.inventoryledger.app.auth;

/** {@code ledger.auth.strategy}: Placement's {@code auth_strategy} values. */
public enum AuthStrategy {
    /** Tokens validated by Keystone (keystonemiddleware's auth_token): production. */
    KEYSTONE,
    /** The caller is whoever its token claims: trying the service and tests; bound to loopback unless told. */
    NOAUTH2
}
