package io.inventoryledger.app.keystone;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.inventoryledger.app.auth.AuthSettings;
import io.inventoryledger.app.auth.Authenticator;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code ledger.auth.strategy=keystone}: every token validated by Keystone. Incomplete settings stop the start. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = AuthSettings.STRATEGY, havingValue = "keystone")
@EnableConfigurationProperties(KeystoneProperties.class)
class KeystoneConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(KeystoneConfiguration.class);

    @Bean
    Authenticator keystoneAuthenticator(KeystoneProperties settings) {
        settings.requireComplete();
        LOG.info(
                "Authentication is Keystone at {} as service user {}; valid tokens cached up to {} (at most {})",
                settings.v3(),
                settings.username(),
                settings.cacheTime(),
                settings.cacheSize());
        Clock clock = Clock.systemUTC();
        return new KeystoneAuthenticator(new KeystoneClient(settings, new ObjectMapper(), clock), settings, clock);
    }
}
