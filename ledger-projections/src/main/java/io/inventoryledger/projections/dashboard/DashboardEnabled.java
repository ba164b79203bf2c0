package io.inventoryledger.projections.dashboard;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** {@code ledger.dashboard.enabled} (default true): whether the dashboard read model is kept at all. */
public class DashboardEnabled implements Condition {
    public static final String PROPERTY = "ledger.dashboard.enabled";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return context.getEnvironment().getProperty(PROPERTY, Boolean.class, true);
    }
}
