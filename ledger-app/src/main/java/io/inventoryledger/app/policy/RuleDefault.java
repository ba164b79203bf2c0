package io.inventoryledger.app.policy;

import java.util.Set;

/**
 * A rule as Placement registers it with oslo.policy: its default check string, the token scopes it
 * is meant for ({@code scope_types}, enforced only with enforce-scope) and, for the rules whose
 * default changed in Wallaby, the deprecated check string still honoured unless enforce-new-defaults.
 */
record RuleDefault(String name, String check, Set<String> scopeTypes, String deprecatedCheck) {
    static RuleDefault of(String name, String check, String... scopeTypes) {
        return new RuleDefault(name, check, Set.of(scopeTypes), null);
    }

    RuleDefault deprecating(String oldCheck) {
        return new RuleDefault(name, check, scopeTypes, oldCheck);
    }
}
