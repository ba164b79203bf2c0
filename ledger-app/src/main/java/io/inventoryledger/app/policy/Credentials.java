package io.inventoryledger.app.policy;

import io.inventoryledger.app.web.Caller;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller as oslo.context's {@code to_policy_values()} presents it to checks: user_id, project_id,
 * domain_id, user_domain_id, project_domain_id, system_scope (and its alias system), roles, is_admin_project
 * (always True: Keystone without an admin project configured says so too) and the service user's
 * service_user_id, service_project_id and service_roles.
 */
record Credentials(Map<String, Object> values, List<String> roles) {

    static Credentials of(Caller caller) {
        Map<String, Object> values = new HashMap<>();
        values.put("user_id", caller.userId());
        values.put("project_id", caller.projectId());
        values.put("domain_id", caller.domainId());
        values.put("system_scope", caller.systemScope());
        if (caller.systemScope() != null && !caller.systemScope().isEmpty()) {
            values.put("system", caller.systemScope());
        }
        values.put("user_domain_id", caller.userDomainId());
        values.put("project_domain_id", caller.projectDomainId());
        values.put("roles", caller.roles());
        values.put("is_admin_project", Boolean.TRUE);
        Caller.Service service = caller.service();
        values.put("service_user_id", service == null ? null : service.userId());
        values.put("service_project_id", service == null ? null : service.projectId());
        values.put("service_roles", service == null ? List.of() : service.roles());
        return new Credentials(Collections.unmodifiableMap(values), caller.roles());
    }

    /** The token's scope for scope_types: system, then domain, else project (oslo.policy's order). */
    String tokenScope() {
        if (values.get("system") != null) {
            return "system";
        }
        Object domain = values.get("domain_id");
        return domain != null && !domain.toString().isEmpty() ? "domain" : "project";
    }

    /** oslo.policy's generic check: the credential's value (or any element of a list) equals expected. */
    boolean matches(String kind, String expected) {
        if (!values.containsKey(kind)) {
            return false;
        }
        Object value = values.get(kind);
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(v -> expected.equals(Substitution.python(v)));
        }
        return expected.equals(Substitution.python(value));
    }
}
