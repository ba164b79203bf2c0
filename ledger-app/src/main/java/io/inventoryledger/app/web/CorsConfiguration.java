package io.inventoryledger.app.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link CorsFilter} outside every other filter (as oslo.middleware wraps Placement), when configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorsProperties.class)
class CorsConfiguration {
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(CorsProperties cors) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(cors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(cors.enabled());
        return registration;
    }
}
