package io.inventoryledger.app.ops;

import io.inventoryledger.projections.rebuild.ProjectionRebuild;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --ledger.rebuild.on-startup=true}: rebuild and compare once the service is up (it keeps serving).
 * With {@code --ledger.rebuild.exit-after=true} the process then exits: 0 when rebuilt equals live, else 1.
 */
@Component
@ConditionalOnProperty(name = "ledger.rebuild.on-startup", havingValue = "true")
class RebuildOnStartup implements ApplicationRunner {
    private final RebuildJobs rebuilds;
    private final ConfigurableApplicationContext context;
    private final boolean exitAfter;

    RebuildOnStartup(
            RebuildJobs rebuilds,
            ConfigurableApplicationContext context,
            @Value("${ledger.rebuild.exit-after:false}") boolean exitAfter) {
        this.rebuilds = rebuilds;
        this.context = context;
        this.exitAfter = exitAfter;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean equal = rebuilds.runNow(new ProjectionRebuild.Options(false, false))
                .map(job -> job.report() != null && job.report().equal())
                .orElse(false);
        if (exitAfter) {
            int code = SpringApplication.exit(context, () -> equal ? 0 : 1);
            System.exit(code);
        }
    }
}
