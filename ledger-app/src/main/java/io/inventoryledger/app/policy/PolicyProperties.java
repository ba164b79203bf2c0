package io.inventoryledger.app.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * oslo.policy's [oslo_policy] options: {@code ledger.policy.enforce-scope} (refuse tokens whose scope
 * is not among a rule's scope types), {@code ledger.policy.enforce-new-defaults} (drop the deprecated
 * "role:admin" alternative of the base rules) and {@code ledger.policy.file} (an operator's YAML or
 * JSON file of rule name to check string, overriding the defaults; read once at start).
 */
@ConfigurationProperties("ledger.policy")
record PolicyProperties(boolean enforceScope, boolean enforceNewDefaults, String file) {}
