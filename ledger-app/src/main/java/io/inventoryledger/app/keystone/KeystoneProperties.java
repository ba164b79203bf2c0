package io.inventoryledger.app.keystone;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * keystonemiddleware's {@code [keystone_authtoken]} for {@code ledger.auth.strategy=keystone}: where
 * Keystone's v3 API is and the service's own credentials (password method, project scope), how long
 * a validated token stays cached ({@code cache-time}, never past the token's own expiry) and how
 * many ({@code cache-size}), the timeout of each call to Keystone, the Retry-After of a 503 when
 * Keystone fails, and the URI sent in the 401 challenge (default: the auth URL).
 */
@ConfigurationProperties("ledger.keystone")
public record KeystoneProperties(
        String authUrl,
        String username,
        String password,
        String projectName,
        @DefaultValue("default") String userDomainId,
        @DefaultValue("default") String projectDomainId,
        @DefaultValue("10000") long cacheSize,
        @DefaultValue("300s") Duration cacheTime,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("5") long retryAfterSeconds,
        String wwwAuthenticateUri) {

    /** The v3 API root without a trailing slash. */
    String v3() {
        String url = authUrl == null ? "" : authUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** keystonemiddleware's challenge header value. */
    String challenge() {
        String uri = wwwAuthenticateUri == null || wwwAuthenticateUri.isBlank() ? authUrl : wwwAuthenticateUri;
        return "Keystone uri=\"" + uri + "\"";
    }

    /** Refuses to start without what the service needs to ask Keystone. */
    void requireComplete() {
        StringBuilder missing = new StringBuilder();
        if (authUrl == null || authUrl.isBlank()) missing.append(" LEDGER_KEYSTONE_AUTH_URL");
        if (username == null || username.isBlank()) missing.append(" LEDGER_KEYSTONE_USERNAME");
        if (password == null) missing.append(" LEDGER_KEYSTONE_PASSWORD");
        if (projectName == null || projectName.isBlank()) missing.append(" LEDGER_KEYSTONE_PROJECT_NAME");
        if (!missing.isEmpty()) {
            throw new IllegalStateException("ledger.auth.strategy=keystone needs" + missing);
        }
    }
}
