package io.inventoryledger.app.ops;

import io.inventoryledger.projections.rebuild.ProjectionRebuild;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --ledger.rebuild.on-startup=true}: rebuild and compare once the service is up (it keeps serving).
 * With {@code --ledger.rebuild.exit-after=true} the process then exits: 0 when rebuilt equals live, else 1.
 */
@Component
@ConditionalOnProperty(name = "ledger.rebuild.on-startup", havingValue = "true")
class RebuildOnStartup extends StartupCheck {
    private final RebuildJobs rebuilds;

    RebuildOnStartup(
            RebuildJobs rebuilds,
            ConfigurableApplicationContext context,
            @Value("${ledger.rebuild.exit-after:false}") boolean exitAfter) {
        super(context, exitAfter);
        this.rebuilds = rebuilds;
    }

    @Override
    protected boolean check() {
        return rebuilds.runNow(new ProjectionRebuild.Options(false, false))
                .map(job -> job.report() != null && job.report().equal())
                .orElse(false);
    }
}
