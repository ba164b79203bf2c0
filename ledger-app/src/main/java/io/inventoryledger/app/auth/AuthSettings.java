package io.inventoryledger.app.auth;

import java.util.Optional;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/** The two settings that decide who may reach the service: the strategy and the bind address. */
public final class AuthSettings {
    public static final String STRATEGY = "ledger.auth.strategy";
    public static final String BIND_ADDRESS = "ledger.bind-address";

    private AuthSettings() {}

    /** The strategy the operator set, if any (an unknown value stops the start). */
    static Optional<AuthStrategy> explicitStrategy(Environment environment) {
        return Binder.get(environment)
                .bind(STRATEGY, AuthStrategy.class)
                .map(Optional::of)
                .orElse(Optional.empty());
    }

    static AuthStrategy strategy(Environment environment) {
        return explicitStrategy(environment).orElse(AuthStrategy.NOAUTH2);
    }

    static Optional<String> bindAddress(Environment environment) {
        return Binder.get(environment)
                .bind(BIND_ADDRESS, String.class)
                .map(Optional::of)
                .orElse(Optional.empty())
                .map(String::strip)
                .filter(address -> !address.isEmpty());
    }
}
