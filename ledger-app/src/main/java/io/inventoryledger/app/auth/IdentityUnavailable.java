package io.inventoryledger.app.auth;

/** The identity service could not be asked or answered with an error: 503 with Retry-After, never a pass. */
public final class IdentityUnavailable extends RuntimeException {
    private final long retryAfterSeconds;

    public IdentityUnavailable(String message, long retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
