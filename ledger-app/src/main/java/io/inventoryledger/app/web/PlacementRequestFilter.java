package io.inventoryledger.app.web;

import io.inventoryledger.app.auth.Authenticator;
import io.inventoryledger.app.auth.IdentityUnavailable;
import io.inventoryledger.app.auth.Unauthenticated;
import io.inventoryledger.app.dashboard.DashboardPage;
import io.inventoryledger.app.system.FastUuids;
import io.inventoryledger.core.error.ErrorCodes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Placement's middleware and dispatcher, in its order: request id, authentication (noauth2 or Keystone),
 * microversion negotiation, then the request checks and routing of placement/handler.py
 * (content-length and content-type, 404 for an unknown path, 405 with Allow for a wrong method).
 * Every response carries {@code openstack-request-id}; negotiated ones echo the microversion.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // inside the CORS filter
class PlacementRequestFilter extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(PlacementRequestFilter.class);
    static final String VERSION_HEADER = "openstack-api-version";
    private static final String HEALTH = "/ledger/ops/health";

    private final long maxBodyBytes;
    private final Authenticator authenticator;

    PlacementRequestFilter(
            @Value("${ledger.http.max-body-bytes:8388608}") long maxBodyBytes, Authenticator authenticator) {
        this.maxBodyBytes = maxBodyBytes;
        this.authenticator = authenticator;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest original, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = new NormalizedRequest(original, maxBodyBytes);
        String requestId = "req-" + FastUuids.random();
        request.setAttribute(PlacementRequest.REQUEST_ID, requestId);
        response.setHeader("openstack-request-id", requestId);
        try (RequestLogContext logged = RequestLogContext.open(request, requestId)) {
            handle(request, response, chain);
        }
    }

    private void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);

        boolean anonymousProbe = isProbe(path) && request.getHeader("X-Auth-Token") == null;
        if (!isRoot(path) && !anonymousProbe && !DashboardPage.isPage(path) && !authenticated(request, response)) {
            return;
        }
        if (!negotiate(request, response)) {
            return;
        }
        if (refusedBody(request, response) || refusedRoute(path, request, response)) {
            return;
        }
        if (StorableText.queryEncodesNul(request.getQueryString())) {
            ErrorBodies.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    ErrorCodes.DEFAULT,
                    "Invalid query string parameters: " + StorableText.REFUSAL);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Sets the caller; false after answering 401 (no or a refused token) or 503 (identity service down). */
    private boolean authenticated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            request.setAttribute(PlacementRequest.CALLER, authenticator.authenticate(request));
            return true;
        } catch (Unauthenticated refused) {
            if (refused.challenge() != null) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, refused.challenge());
            }
            ErrorBodies.write(request, response, HttpStatus.UNAUTHORIZED, ErrorCodes.DEFAULT, "");
            return false;
        } catch (IdentityUnavailable down) {
            LOG.warn("Refusing {} {}: {}", request.getMethod(), request.getRequestURI(), down.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(down.retryAfterSeconds()));
            ErrorBodies.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    ErrorCodes.DEFAULT,
                    "The identity service is unavailable; try again later.");
            return false;
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Health and its probes answer without a token (orchestrators probe without credentials); a token sent is checked. */
    private static boolean isProbe(String path) {
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }

    private static boolean isRoot(String path) {
        return path.isEmpty() || path.equals("/");
    }

    /** Sets the microversion and echoes it; false after answering 400 (malformed) or 406 (unsupported). */
    private static boolean negotiate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String wanted = MicroversionHeader.placementVersion(request.getHeaders(VERSION_HEADER));
        Microversion version;
        try {
            version = wanted == null ? Microversion.MIN : Microversion.parse(wanted);
        } catch (IllegalArgumentException malformed) {
            ErrorBodies.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    ErrorCodes.DEFAULT,
                    "Invalid microversion: " + malformed.getMessage());
            return false;
        }
        if (!version.isSupported()) {
            ErrorBodies.write(
                    request,
                    response,
                    HttpStatus.NOT_ACCEPTABLE,
                    ErrorCodes.DEFAULT,
                    "Invalid microversion: Unacceptable version header: " + wanted);
            return false;
        }
        request.setAttribute(PlacementRequest.MICROVERSION, version);
        response.setHeader(VERSION_HEADER, "placement " + version);
        response.addHeader(HttpHeaders.VARY, VERSION_HEADER);
        return true;
    }

    /** Placement wants a content-type with any body, and we want no body past the size limit. */
    private boolean refusedBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String mediaType = mediaType(request.getContentType());
        boolean takesBody = Set.of("POST", "PUT", "PATCH").contains(request.getMethod());
        if (takesBody && mediaType != null && (mediaType.equals("*") || mediaType.startsWith("*/"))) {
            // Spring cannot even parse a wildcard Content-Type (it would be a 500): Placement's require_content 415
            ErrorBodies.write(
                    request,
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    ErrorCodes.DEFAULT,
                    "The media type " + mediaType + " is not supported, use application/json");
            return true;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException notANumber) {
            ErrorBodies.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    ErrorCodes.DEFAULT,
                    "content-length header must be an integer");
            return true;
        }
        if (bytes > 0
                && (request.getContentType() == null || request.getContentType().isEmpty())) {
            ErrorBodies.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    ErrorCodes.DEFAULT,
                    "content-type header required when content-length > 0");
            return true;
        }
        if (bytes > maxBodyBytes) {
            ErrorBodies.write(
                    request,
                    response,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    ErrorCodes.DEFAULT,
                    "Request body is larger than " + maxBodyBytes + " bytes.");
            return true;
        }
        return false;
    }

    /** The media type of a Content-Type header without its parameters, as webob's content_type; null when absent. */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }

    /** 404 for a path Placement does not know, 405 with Allow for a method its route does not take. */
    private static boolean refusedRoute(String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (path.startsWith(RouteTable.EXTENSIONS)) {
            return false;
        }
        Optional<RouteTable.Route> route = RouteTable.find(path);
        if (route.isEmpty()) {
            ErrorBodies.write(request, response, HttpStatus.NOT_FOUND, ErrorCodes.DEFAULT, "");
            return true;
        }
        if (!route.get().methods().contains(request.getMethod())) {
            ErrorBodies.methodNotAllowed(request, response, route.get().allow());
            return true;
        }
        return false;
    }
}
