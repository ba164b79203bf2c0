package io.inventoryledger.app.policy;

import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.app.web.PlacementRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces the {@link PolicyRule} of each {@code /ledger/...} handler; no rule, no entry. A library's handler that
 * serves a {@code /ledger/...} route (springdoc's OpenAPI document) cannot carry the annotation: its rule is named
 * here.
 */
public final class PolicyRuleInterceptor implements HandlerInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyRuleInterceptor.class);
    private static final Map<Class<?>, String> LIBRARY_HANDLERS =
            Map.of(OpenApiWebMvcResource.class, PlacementRules.LEDGER_OPENAPI);

    private final PolicyEnforcer policy;

    public PolicyRuleInterceptor(PolicyEnforcer policy) {
        this.policy = policy;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true; // no handler: Spring answers 404/405 itself
        }
        PolicyRule annotated = method.getMethodAnnotation(PolicyRule.class);
        String rule = annotated != null ? annotated.value() : LIBRARY_HANDLERS.get(method.getBeanType());
        if (rule == null) {
            LOG.error("{} has no @PolicyRule: refused to everyone until it has one", method);
            throw new PlacementHttpException(HttpStatus.FORBIDDEN, "No policy rule guards this route.");
        }
        policy.authorize(PlacementRequest.caller(request), rule);
        return true;
    }
}
