package io.inventoryledger.app.policy;

import static io.inventoryledger.app.policy.PlacementRules.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Placement 8.0.0's default rules (placement/policies/base.py and one module per resource): reads
 * for system readers, writes for system admins, a project's total usages also for its readers. The
 * base rules keep Wallaby's deprecated "role:admin" alongside the new defaults unless
 * enforce-new-defaults, so a project-scoped admin still does everything by default.
 */
final class PlacementDefaults {
    static final String SYSTEM_ADMIN = "rule:system_admin_api";
    static final String SYSTEM_READER = "rule:system_reader_api";
    static final String PROJECT_READER_OR_SYSTEM_READER = "rule:system_or_project_reader";
    private static final String DEPRECATED_ADMIN = "role:admin";
    private static final String SYSTEM = "system";

    private PlacementDefaults() {}

    static List<RuleDefault> rules() {
        List<RuleDefault> rules = new ArrayList<>(List.of(
                RuleDefault.of("admin_api", "role:admin", SYSTEM),
                RuleDefault.of("system_admin_api", "role:admin and system_scope:all")
                        .deprecating(DEPRECATED_ADMIN),
                RuleDefault.of("system_reader_api", "role:reader and system_scope:all")
                        .deprecating(DEPRECATED_ADMIN),
                RuleDefault.of("project_reader_api", "role:reader and project_id:%(project_id)s")
                        .deprecating(DEPRECATED_ADMIN),
                RuleDefault.of("system_or_project_reader", "rule:system_reader_api or rule:project_reader_api")
                        .deprecating(DEPRECATED_ADMIN)));
        for (String read : List.of(
                RESOURCE_PROVIDERS_LIST,
                RESOURCE_PROVIDERS_SHOW,
                RESOURCE_CLASSES_LIST,
                RESOURCE_CLASSES_SHOW,
                INVENTORIES_LIST,
                INVENTORIES_SHOW,
                PROVIDER_AGGREGATES_LIST,
                PROVIDER_USAGES,
                TRAITS_LIST,
                TRAITS_SHOW,
                PROVIDER_TRAITS_LIST,
                ALLOCATIONS_LIST,
                PROVIDER_ALLOCATIONS_LIST,
                ALLOCATION_CANDIDATES_LIST,
                LEDGER_PROCESSORS,
                DASHBOARD_CLASSES,
                DASHBOARD_AGGREGATES,
                DASHBOARD_ROOTS,
                DASHBOARD_USAGES,
                DASHBOARD_PROVIDERS,
                DASHBOARD_SERIES,
                HISTORY_PROVIDERS,
                HISTORY_PROVIDER_STATE,
                HISTORY_CONSUMERS,
                HISTORY_CONSUMER_STATE,
                HISTORY_REQUESTS,
                OPS_HEALTH_DETAILS,
                OPS_INFO,
                OPS_METRICS,
                OPS_PROMETHEUS,
                LEDGER_CHANGES_LIST,
                LEDGER_CHANGES_STREAM,
                LEDGER_OPENAPI)) {
            rules.add(RuleDefault.of(read, SYSTEM_READER, SYSTEM));
        }
        for (String write : List.of(
                RESOURCE_PROVIDERS_CREATE,
                RESOURCE_PROVIDERS_UPDATE,
                RESOURCE_PROVIDERS_DELETE,
                RESOURCE_CLASSES_CREATE,
                RESOURCE_CLASSES_UPDATE,
                RESOURCE_CLASSES_DELETE,
                INVENTORIES_CREATE,
                INVENTORIES_UPDATE,
                INVENTORIES_DELETE,
                PROVIDER_AGGREGATES_UPDATE,
                TRAITS_UPDATE,
                TRAITS_DELETE,
                PROVIDER_TRAITS_UPDATE,
                PROVIDER_TRAITS_DELETE,
                ALLOCATIONS_MANAGE,
                ALLOCATIONS_UPDATE,
                ALLOCATIONS_DELETE,
                RESHAPE,
                LEDGER_REBUILD,
                LEDGER_CONSISTENCY,
                LEDGER_AUDIT_VERIFY)) {
            rules.add(RuleDefault.of(write, SYSTEM_ADMIN, SYSTEM));
        }
        rules.add(RuleDefault.of(TOTAL_USAGES, PROJECT_READER_OR_SYSTEM_READER, SYSTEM, "project"));
        // any admin, whatever the token's scope: conformance runs reset with noauth2's "admin" token
        rules.add(RuleDefault.of(LEDGER_TESTING_RESET, "rule:admin_api"));
        return List.copyOf(rules);
    }
}
