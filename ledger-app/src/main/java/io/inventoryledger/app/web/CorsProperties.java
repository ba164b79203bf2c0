package io.inventoryledger.app.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * oslo.middleware's [cors] options with Placement's defaults (placement/wsgi.py). CORS is on only
 * when {@code ledger.cors.allowed-origin} names at least one origin ("*" allows any).
 */
@ConfigurationProperties("ledger.cors")
record CorsProperties(
        List<String> allowedOrigin,
        @DefaultValue("true") boolean allowCredentials,

        @DefaultValue({
            "X-Auth-Token",
            "X-Openstack-Request-Id",
            "X-Subject-Token",
            "X-Service-Token",
            "OpenStack-API-Version"
        })
        List<String> exposeHeaders,

        @DefaultValue("3600") int maxAge,

        @DefaultValue({"GET", "PUT", "POST", "DELETE", "PATCH"})
        List<String> allowMethods,

        @DefaultValue({
            "X-Auth-Token",
            "X-Openstack-Request-Id",
            "X-Identity-Status",
            "X-Roles",
            "X-Service-Catalog",
            "X-User-Id",
            "X-Tenant-Id",
            "OpenStack-API-Version"
        })
        List<String> allowHeaders) {

    boolean enabled() {
        return allowedOrigin != null && allowedOrigin.stream().anyMatch(o -> !o.isBlank());
    }
}
