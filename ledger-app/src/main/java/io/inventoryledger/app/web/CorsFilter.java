package io.inventoryledger.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CORS as oslo.middleware applies it in front of Placement. Spring's CorsFilter refuses a preflight
 * from an unknown origin with 403; oslo.middleware answers every OPTIONS with 200 and only leaves the
 * Access-Control headers out, and clients written against Placement expect that.
 */
final class CorsFilter extends OncePerRequestFilter {
    /** Headers a preflight may always ask for (oslo.middleware's simple headers). */
    private static final List<String> SIMPLE_HEADERS = List.of(
            "Accept",
            "Accept-Language",
            "Content-Type",
            "Cache-Control",
            "Content-Language",
            "Expires",
            "Last-Modified",
            "Pragma");

    private final CorsProperties config;

    CorsFilter(CorsProperties config) {
        this.config = config;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = allowedOrigin(request.getHeader("Origin"));
        if (request.getMethod().equals("OPTIONS")) {
            // No Placement route takes OPTIONS: oslo.middleware turns the 401/404/405 into this 200.
            response.setStatus(HttpServletResponse.SC_OK);
            if (origin != null) {
                preflight(request, response, origin);
            }
            return;
        }
        if (origin != null) {
            response.addHeader("Vary", "Origin");
            response.setHeader("Access-Control-Allow-Origin", origin);
            if (config.allowCredentials()) {
                response.setHeader("Access-Control-Allow-Credentials", "true");
            }
            if (!config.exposeHeaders().isEmpty()) {
                response.setHeader("Access-Control-Expose-Headers", String.join(",", config.exposeHeaders()));
            }
        }
        chain.doFilter(request, response);
    }

    /** Section 6.2: only a permitted method with only permitted headers gets the Access-Control headers. */
    private void preflight(HttpServletRequest request, HttpServletResponse response, String origin) {
        String method = request.getHeader("Access-Control-Request-Method");
        if (method == null || !config.allowMethods().contains(method)) {
            return;
        }
        String requested = request.getHeader("Access-Control-Request-Headers");
        List<String> headers = requested == null
                ? List.of()
                : Arrays.stream(requested.split(","))
                        .map(String::trim)
                        .filter(h -> !h.isEmpty())
                        .toList();
        List<String> permitted = Stream.concat(config.allowHeaders().stream(), SIMPLE_HEADERS.stream())
                .map(h -> h.toUpperCase(Locale.ROOT))
                .toList();
        if (!headers.stream().allMatch(h -> permitted.contains(h.toUpperCase(Locale.ROOT)))) {
            return;
        }
        response.setHeader("Vary", "Origin");
        response.setHeader("Access-Control-Allow-Origin", origin);
        if (config.allowCredentials()) {
            response.setHeader("Access-Control-Allow-Credentials", "true");
        }
        if (config.maxAge() > 0) {
            response.setHeader("Access-Control-Max-Age", Integer.toString(config.maxAge()));
        }
        response.setHeader("Access-Control-Allow-Methods", method);
        if (!headers.isEmpty()) {
            response.setHeader("Access-Control-Allow-Headers", String.join(",", headers));
        }
    }

    /** The origin to echo: the request's when configured, "*" when any is allowed; null when refused. */
    private String allowedOrigin(String origin) {
        if (origin == null) {
            return null;
        }
        if (config.allowedOrigin().contains(origin)) {
            return origin;
        }
        return config.allowedOrigin().contains("*") ? "*" : null;
    }
}
