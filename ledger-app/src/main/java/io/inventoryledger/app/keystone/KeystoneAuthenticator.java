package io.inventoryledger.app.keystone;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.inventoryledger.app.auth.Authenticator;
import io.inventoryledger.app.auth.Unauthenticated;
import io.inventoryledger.app.web.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * keystonemiddleware's auth_token: X-Auth-Token (and X-Service-Token, when Nova sends one with a
 * service user's token) validated by Keystone, valid tokens cached for at most the cache time and
 * never past their own expiry (so a revoked token is refused once its entry ends, and Keystone being
 * down does not extend any token's life); invalid ones are not cached. A missing, invalid or expired
 * token is a 401 with Keystone's challenge.
 */
final class KeystoneAuthenticator implements Authenticator {
    static final String SERVICE_TOKEN = "X-Service-Token";

    private final KeystoneClient keystone;
    private final Cache<String, ValidatedToken> valid;
    private final Clock clock;
    private final String challenge;

    KeystoneAuthenticator(KeystoneClient keystone, KeystoneProperties settings, Clock clock) {
        this.keystone = keystone;
        this.clock = clock;
        this.challenge = settings.challenge();
        long cacheNanos = settings.cacheTime().toNanos();
        this.valid = Caffeine.newBuilder()
                .maximumSize(settings.cacheSize())
                .ticker(Ticker.systemTicker())
                .expireAfter(Expiry.<String, ValidatedToken>creating((token, validated) -> Duration.ofNanos(Math.max(
                        0,
                        Math.min(
                                cacheNanos,
                                Duration.between(clock.instant(), validated.expiresAt())
                                        .toNanos())))))
                .build();
    }

    @Override
    public Caller authenticate(HttpServletRequest request) {
        String token = request.getHeader("X-Auth-Token");
        if (token == null || token.isBlank()) {
            throw new Unauthenticated("no X-Auth-Token", challenge);
        }
        ValidatedToken user = validated(token);
        String serviceToken = request.getHeader(SERVICE_TOKEN);
        ValidatedToken service = serviceToken == null || serviceToken.isBlank() ? null : validated(serviceToken);
        return user.caller(service);
    }

    private ValidatedToken validated(String token) {
        ValidatedToken cached = valid.getIfPresent(token);
        if (cached != null && !cached.expiredAt(clock.instant())) {
            return cached;
        }
        Optional<ValidatedToken> checked = keystone.validate(token);
        if (checked.isEmpty() || checked.get().expiredAt(clock.instant())) {
            throw new Unauthenticated("token refused by Keystone", challenge);
        }
        valid.put(token, checked.get());
        return checked.get();
    }
}
