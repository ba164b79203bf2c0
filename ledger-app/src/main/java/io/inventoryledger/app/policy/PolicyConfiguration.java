package io.inventoryledger.app.policy;

import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one policy enforcer of the service, built at start (an unreadable policy file stops the start). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PolicyProperties.class)
class PolicyConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyConfiguration.class);

    @Bean
    PolicyEnforcer policyEnforcer(PolicyProperties properties) {
        Map<String, String> overrides =
                properties.file() == null || properties.file().isBlank()
                        ? Map.of()
                        : PolicyFile.read(Path.of(properties.file()));
        LOG.info(
                "Policy: enforce-scope={}, enforce-new-defaults={}, {} rule(s) overridden{}",
                properties.enforceScope(),
                properties.enforceNewDefaults(),
                overrides.size(),
                overrides.isEmpty() ? "" : " by " + properties.file());
        return PolicyEnforcer.of(overrides, properties.enforceScope(), properties.enforceNewDefaults());
    }
}
