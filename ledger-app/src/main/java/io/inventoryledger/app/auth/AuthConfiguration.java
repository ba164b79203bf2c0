package io.inventoryledger.app.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The noauth2 strategy, when chosen (the default); Keystone's lives in its own package. */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(AuthConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = AuthSettings.STRATEGY, havingValue = "noauth2", matchIfMissing = true)
    Authenticator noAuth(Environment environment) {
        AuthSettings.strategy(environment); // refuses an unknown strategy
        LOG.warn(
                "Authentication is noauth2: every caller is whoever its X-Auth-Token claims (\"admin\" is an"
                        + " administrator). Listening on {} only; set LEDGER_AUTH_STRATEGY=keystone for real callers.",
                environment.getProperty("server.address", "all interfaces"));
        return new NoAuth();
    }
}
