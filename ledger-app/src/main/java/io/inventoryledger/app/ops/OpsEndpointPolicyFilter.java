package io.inventoryledger.app.ops;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.ErrorBodies;
import io.inventoryledger.app.web.PlacementRequest;
import io.inventoryledger.core.error.ErrorCodes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoint;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Policy on the Actuator endpoints under {@code /ledger/ops}: each needs its rule {@code
 * ledger:ops:<endpoint path>} (an endpoint without a registered rule is refused to everyone), except health,
 * which anyone may read as UP/DOWN; its details and components are shown to callers that rule {@code
 * ledger:ops:health:details} allows (Actuator's {@code show-details=when-authorized}, whose role check is
 * answered by the policy).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2) // after the request filter has authenticated the caller
class OpsEndpointPolicyFilter extends OncePerRequestFilter {
    static final String HEALTH = "health";

    private final PathMappedEndpoints endpoints;
    private final PolicyEnforcer policy;

    OpsEndpointPolicyFilter(PathMappedEndpoints endpoints, PolicyEnforcer policy) {
        this.endpoints = endpoints;
        this.policy = policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> endpoint = endpointOf(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (endpoint.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = PlacementRequest.caller(request);
        if (endpoint.get().equals(HEALTH)) {
            chain.doFilter(new PolicyRoles(request, caller, policy), response);
            return;
        }
        String rule = PlacementRules.opsEndpoint(endpoint.get());
        if (!policy.allows(caller, rule)) {
            ErrorBodies.write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    ErrorCodes.DEFAULT,
                    "Policy does not allow " + rule + " to be performed.");
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<String> endpointOf(String path) {
        return endpoints.stream()
                .map(PathMappedEndpoint::getRootPath)
                .filter(root -> {
                    String full = endpoints.getBasePath() + "/" + root;
                    return path.equals(full) || path.startsWith(full + "/");
                })
                .findFirst();
    }

    /** The caller as Actuator's role check sees it: a principal when authenticated, each "role" a policy rule. */
    private static final class PolicyRoles extends HttpServletRequestWrapper {
        private final Caller caller;
        private final PolicyEnforcer policy;

        PolicyRoles(HttpServletRequest request, Caller caller, PolicyEnforcer policy) {
            super(request);
            this.caller = caller;
            this.policy = policy;
        }

        @Override
        public Principal getUserPrincipal() {
            return caller == null ? null : caller::userId;
        }

        @Override
        public boolean isUserInRole(String rule) {
            return caller != null && policy.allows(caller, rule);
        }
    }
}
