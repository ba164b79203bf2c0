package io.inventoryledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.inventoryledger.core.error.ErrorCodes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Placement's middleware, in its order: request id, noauth2 authentication, microversion negotiation.
 * Every response carries {@code openstack-request-id}; versioned ones echo the microversion.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlacementRequestFilter extends OncePerRequestFilter {
    static final String VERSION_HEADER = "openstack-api-version";
    private static final String SERVICE = "placement";

    private final ObjectMapper json;

    PlacementRequestFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = "req-" + UUID.randomUUID();
        request.setAttribute(PlacementRequest.REQUEST_ID, requestId);
        response.setHeader("openstack-request-id", requestId);

        if (!isRoot(request)) {
            String token = request.getHeader("X-Auth-Token");
            if (token == null) {
                ErrorBodies.write(json, request, response, HttpStatus.UNAUTHORIZED, ErrorCodes.DEFAULT,
                        "The request you have made requires authentication.");
                return;
            }
            request.setAttribute(PlacementRequest.CALLER, callerFrom(token, request));
        }

        Microversion version = negotiate(request, response);
        if (version == null) {
            return;
        }
        request.setAttribute(PlacementRequest.MICROVERSION, version);
        response.setHeader(VERSION_HEADER, SERVICE + " " + version);
        response.setHeader("vary", VERSION_HEADER);
        chain.doFilter(request, response);
    }

    private static boolean isRoot(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() || path.equals("/");
    }

    private static Caller callerFrom(String token, HttpServletRequest request) {
        int colon = token.indexOf(':');
        String user = colon < 0 ? token : token.substring(0, colon);
        String project = colon < 0 || colon == token.length() - 1 ? user : token.substring(colon + 1);
        String rolesHeader = request.getHeader("X-Roles");
        List<String> roles;
        if (rolesHeader != null) {
            roles = Arrays.stream(rolesHeader.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
        } else {
            roles = user.equals("admin") ? List.of("admin") : List.of();
        }
        boolean system = request.getHeader("OpenStack-System-Scope") != null;
        return new Caller(user, system ? null : project, roles, system);
    }

    /** The requested version, or null after writing the 400/406 refusal. */
    private Microversion negotiate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String header = request.getHeader(VERSION_HEADER);
        String wanted = header == null ? null : serviceVersion(header);
        if (wanted == null) {
            return Microversion.MIN;
        }
        Microversion version = Microversion.parse(wanted);
        if (version == null) {
            ErrorBodies.write(json, request, response, HttpStatus.BAD_REQUEST, ErrorCodes.DEFAULT,
                    "invalid version string: " + wanted);
            return null;
        }
        if (!version.isSupported()) {
            ErrorBodies.write(json, request, response, HttpStatus.NOT_ACCEPTABLE, ErrorCodes.DEFAULT,
                    "Unacceptable version header: " + wanted);
            return null;
        }
        return version;
    }

    /** The version named for "placement" in a header such as "placement 1.20, compute 2.1". */
    private static String serviceVersion(String header) {
        for (String part : header.split(",")) {
            String[] words = part.trim().split("\\s+", 2);
            if (words.length == 2 && words[0].equalsIgnoreCase(SERVICE)) {
                return words[1].trim();
            }
        }
        return null;
    }
}
