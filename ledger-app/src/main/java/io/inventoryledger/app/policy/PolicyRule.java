package io.inventoryledger.app.policy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The named policy rule that guards a route of ours ({@code /ledger/...}): checked on the caller's own
 * project before the handler runs. A {@code /ledger/...} handler without one is refused to everyone
 * (every route needs a rule that a policy file can override). Placement's routes check their rules
 * themselves, with the targets Placement uses.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PolicyRule {
    String value();
}
