package io.inventoryledger.app.policy;

import static io.inventoryledger.app.policy.PlacementRules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.PlacementHttpException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placement 8.0.0's default rules under its three configurations: legacy, secure RBAC and overridden. */
class PolicyEnforcerTest {
    private static final Caller ADMIN_TOKEN = new Caller("admin", "admin", null, null, List.of("admin"));
    private static final Caller SYSTEM_ADMIN = caller(null, "all", "admin", "member", "reader");
    private static final Caller SYSTEM_READER = caller(null, "all", "reader");
    private static final Caller PROJECT_ADMIN = caller("p1", null, "admin", "member", "reader");
    private static final Caller PROJECT_READER = caller("p1", null, "reader");
    private static final Caller NO_ROLES = caller("p1", null);

    private static final PolicyEnforcer LEGACY = PolicyEnforcer.of(Map.of(), false, false);
    private static final PolicyEnforcer SECURE = PolicyEnforcer.of(Map.of(), true, true);

    private static Caller caller(String project, String scope, String... roles) {
        return new Caller("user", project, null, scope, List.of(roles));
    }

    private static boolean allows(PolicyEnforcer enforcer, Caller caller, String rule) {
        return enforcer.allows(caller, rule, Map.of("project_id", String.valueOf(caller.projectId())));
    }

    @Test
    void everyRuleTheControllersNameIsRegistered() throws IllegalAccessException {
        for (var field : PlacementRules.class.getFields()) {
            String rule = (String) field.get(null);
            assertThat(PlacementDefaults.rules()).anyMatch(r -> r.name().equals(rule));
        }
    }

    @Test
    void byDefaultTheDeprecatedAdminRoleStillDoesEverything() {
        for (Caller admin : List.of(ADMIN_TOKEN, PROJECT_ADMIN, SYSTEM_ADMIN)) {
            assertThat(allows(LEGACY, admin, RESOURCE_PROVIDERS_CREATE)).isTrue();
            assertThat(allows(LEGACY, admin, ALLOCATIONS_UPDATE)).isTrue();
            assertThat(allows(LEGACY, admin, RESHAPE)).isTrue();
        }
        assertThat(LEGACY.effectiveCheck("system_admin_api"))
                .isEqualTo("((role:admin and system_scope:all) or role:admin)");
    }

    @Test
    void byDefaultASystemReaderReadsButDoesNotWrite() {
        assertThat(allows(LEGACY, SYSTEM_READER, RESOURCE_PROVIDERS_LIST)).isTrue();
        assertThat(allows(LEGACY, SYSTEM_READER, PROVIDER_AGGREGATES_LIST)).isTrue();
        assertThat(allows(LEGACY, SYSTEM_READER, RESOURCE_PROVIDERS_CREATE)).isFalse();
    }

    @Test
    void byDefaultAProjectReaderSeesOnlyItsOwnProjectsUsages() {
        assertThat(LEGACY.allows(PROJECT_READER, TOTAL_USAGES, PolicyEnforcer.projectTarget("p1")))
                .isTrue();
        assertThat(LEGACY.allows(PROJECT_READER, TOTAL_USAGES, PolicyEnforcer.projectTarget("p2")))
                .isFalse();
        assertThat(allows(LEGACY, PROJECT_READER, RESOURCE_PROVIDERS_LIST)).isFalse();
    }

    @Test
    void aCallerWithoutRolesIsRefusedWithPlacementsWording() {
        assertThatThrownBy(() -> LEGACY.authorize(NO_ROLES, RESOURCE_PROVIDERS_LIST))
                .isInstanceOf(PlacementHttpException.class)
                .hasMessage("Policy does not allow placement:resource_providers:list to be performed.");
    }

    @Test
    void withScopeEnforcedAProjectAdminIsRefusedSystemRules() {
        assertThat(allows(SECURE, PROJECT_ADMIN, RESOURCE_PROVIDERS_LIST)).isFalse();
        assertThat(allows(SECURE, ADMIN_TOKEN, RESOURCE_PROVIDERS_CREATE)).isFalse();
        assertThat(allows(SECURE, SYSTEM_ADMIN, RESOURCE_PROVIDERS_CREATE)).isTrue();
    }

    @Test
    void withNewDefaultsAProjectAdminGetsUsagesOnlyAsAReaderOfItsProject() {
        assertThat(SECURE.allows(PROJECT_ADMIN, TOTAL_USAGES, PolicyEnforcer.projectTarget("p1")))
                .isTrue();
        assertThat(SECURE.allows(PROJECT_ADMIN, TOTAL_USAGES, PolicyEnforcer.projectTarget("p2")))
                .isFalse();
        assertThat(SECURE.allows(SYSTEM_READER, TOTAL_USAGES, PolicyEnforcer.projectTarget("p2")))
                .isTrue();
    }

    @Test
    void withNewDefaultsButNoScopeEnforcementAProjectScopedAdminIsNoSystemAdmin() {
        PolicyEnforcer newDefaultsOnly = PolicyEnforcer.of(Map.of(), false, true);
        assertThat(allows(newDefaultsOnly, PROJECT_ADMIN, RESOURCE_PROVIDERS_CREATE))
                .isFalse();
        assertThat(allows(newDefaultsOnly, SYSTEM_ADMIN, RESOURCE_PROVIDERS_CREATE))
                .isTrue();
    }

    @Test
    void anOverrideReplacesTheDefaultAndItsDeprecatedForm() {
        PolicyEnforcer overridden = PolicyEnforcer.of(
                Map.of("system_reader_api", "role:observer", RESOURCE_PROVIDERS_CREATE, "@"), false, false);
        assertThat(allows(overridden, NO_ROLES, RESOURCE_PROVIDERS_CREATE)).isTrue();
        assertThat(allows(overridden, caller("p1", null, "observer"), RESOURCE_PROVIDERS_LIST))
                .isTrue();
        assertThat(allows(overridden, ADMIN_TOKEN, RESOURCE_PROVIDERS_LIST)).isFalse();
    }

    @Test
    void anOverrideMayNameRulesOfItsOwn() {
        PolicyEnforcer overridden = PolicyEnforcer.of(
                Map.of("auditor", "role:auditor", RESOURCE_PROVIDERS_LIST, "rule:auditor or rule:system_reader_api"),
                false,
                false);
        assertThat(allows(overridden, caller("p1", null, "auditor"), RESOURCE_PROVIDERS_LIST))
                .isTrue();
        assertThat(allows(overridden, NO_ROLES, RESOURCE_PROVIDERS_LIST)).isFalse();
    }

    @Test
    void scopeIsStillEnforcedOnAnOverriddenRule() {
        PolicyEnforcer open = PolicyEnforcer.of(Map.of(RESOURCE_PROVIDERS_LIST, "@"), true, false);
        assertThat(allows(open, NO_ROLES, RESOURCE_PROVIDERS_LIST)).isFalse();
        assertThat(allows(open, caller(null, "all"), RESOURCE_PROVIDERS_LIST)).isTrue();
    }

    @Test
    void anUnreadableOverrideStopsTheStart() {
        assertThatThrownBy(() -> PolicyEnforcer.of(Map.of(RESOURCE_PROVIDERS_LIST, "role:admin or"), false, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(RESOURCE_PROVIDERS_LIST);
    }
}
