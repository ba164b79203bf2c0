package io.inventoryledger.app.policy;

import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.PlacementHttpException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Every authorization decision of the service, made as oslo.policy's Enforcer makes Placement's:
 * the named rule's effective check (operator override, else the default, else the default or its
 * deprecated form) is evaluated on the caller's credentials and the action's target; with
 * enforce-scope a token of a scope the rule is not registered for is refused first.
 */
public final class PolicyEnforcer {
    private final Map<String, RuleDefault> registered = new HashMap<>();
    private final Map<String, Check> rules = new LinkedHashMap<>();
    private final boolean enforceScope;

    PolicyEnforcer(
            Collection<RuleDefault> defaults,
            Map<String, String> overrides,
            boolean enforceScope,
            boolean enforceNewDefaults) {
        this.enforceScope = enforceScope;
        for (RuleDefault rule : defaults) {
            registered.put(rule.name(), rule);
            rules.put(rule.name(), effective(rule, overrides, enforceNewDefaults));
        }
        overrides.forEach((name, check) -> rules.computeIfAbsent(name, n -> parse(n, check)));
    }

    /** Placement's defaults with the operator's overrides and the [oslo_policy] switches. */
    static PolicyEnforcer of(Map<String, String> overrides, boolean enforceScope, boolean enforceNewDefaults) {
        return new PolicyEnforcer(PlacementDefaults.rules(), overrides, enforceScope, enforceNewDefaults);
    }

    /** Refuses with 403 unless the rule allows the caller on its own project (Placement's default target). */
    public void authorize(Caller caller, String rule) {
        authorize(caller, rule, defaultTarget(caller));
    }

    /** Refuses with 403, worded as Placement's PolicyNotAuthorized, unless the rule allows the caller on the target. */
    public void authorize(Caller caller, String rule, Map<String, Object> target) {
        if (!allows(caller, rule, target)) {
            throw new PlacementHttpException(
                    HttpStatus.FORBIDDEN, "Policy does not allow " + rule + " to be performed.");
        }
    }

    /** Whether the rule allows the caller on its own project (no exception). */
    public boolean allows(Caller caller, String rule) {
        return allows(caller, rule, defaultTarget(caller));
    }

    public boolean allows(Caller caller, String rule, Map<String, Object> target) {
        if (caller == null) {
            return false;
        }
        Credentials creds = Credentials.of(caller);
        RuleDefault defaults = registered.get(rule);
        if (enforceScope
                && defaults != null
                && !defaults.scopeTypes().isEmpty()
                && !defaults.scopeTypes().contains(creds.tokenScope())) {
            return false;
        }
        Check check = rules.get(rule);
        return check != null && check.matches(target, creds, rules::get);
    }

    /** The rule as it is enforced (for the start-up log and tests). */
    String effectiveCheck(String rule) {
        return String.valueOf(rules.get(rule));
    }

    /** The target of an action on a project's data, e.g. GET /usages?project_id=...; null when none was named. */
    public static Map<String, Object> projectTarget(String projectId) {
        Map<String, Object> target = new HashMap<>();
        target.put("project_id", projectId);
        return target;
    }

    /** oslo.context's default target: the caller's own project and user. */
    private static Map<String, Object> defaultTarget(Caller caller) {
        Map<String, Object> target = new HashMap<>();
        target.put("project_id", caller == null ? null : caller.projectId());
        target.put("user_id", caller == null ? null : caller.userId());
        return target;
    }

    private static Check effective(RuleDefault rule, Map<String, String> overrides, boolean enforceNewDefaults) {
        if (overrides.containsKey(rule.name())) {
            return parse(rule.name(), overrides.get(rule.name()));
        }
        Check check = parse(rule.name(), rule.check());
        if (rule.deprecatedCheck() != null
                && !enforceNewDefaults
                && !rule.deprecatedCheck().equals(rule.check())) {
            return new Check.Any(List.of(check, parse(rule.name(), rule.deprecatedCheck())));
        }
        return check;
    }

    private static Check parse(String name, String check) {
        try {
            return CheckParser.parse(check);
        } catch (IllegalArgumentException unreadable) {
            throw new IllegalStateException("policy rule '" + name + "': " + unreadable.getMessage(), unreadable);
        }
    }
}
