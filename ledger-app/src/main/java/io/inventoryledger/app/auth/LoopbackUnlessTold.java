package io.inventoryledger.app.auth;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where the server listens ({@code server.address}): with noauth2 on the loopback address, unless the
 * operator set both the strategy and {@code ledger.bind-address} explicitly (a noauth2 service is
 * never exposed by accident, whatever else is configured); with Keystone on the bind address, or on
 * every interface when none is set.
 */
public final class LoopbackUnlessTold implements EnvironmentPostProcessor, Ordered {
    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean explicitNoAuth = AuthSettings.explicitStrategy(environment).isPresent();
        String address = switch (AuthSettings.strategy(environment)) {
            case KEYSTONE -> AuthSettings.bindAddress(environment).orElse(null);
            case NOAUTH2 ->
                explicitNoAuth ? AuthSettings.bindAddress(environment).orElse(LOOPBACK) : LOOPBACK;
        };
        if (address != null) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource("ledgerBindAddress", Map.of("server.address", address)));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the configuration files are read
    }
}
