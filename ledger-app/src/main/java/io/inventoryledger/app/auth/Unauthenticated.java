package io.inventoryledger.app.auth;

/** The request carries no token, or one the identity service refused: 401, with the challenge when there is one. */
public final class Unauthenticated extends RuntimeException {
    private final String challenge;

    public Unauthenticated(String message, String challenge) {
        super(message, null, false, false);
        this.challenge = challenge;
    }

    /** The WWW-Authenticate value (Keystone's {@code Keystone uri="..."}); null under noauth2, as in Placement. */
    public String challenge() {
        return challenge;
    }
}
