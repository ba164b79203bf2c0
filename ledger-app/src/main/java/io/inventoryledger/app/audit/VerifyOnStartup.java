package io.inventoryledger.app.audit;

import io.inventoryledger.projections.audit.ChainVerifier;
import io.inventoryledger.projections.audit.VerificationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --ledger.audit.verify-on-startup=true}: verify every stream's links once the service is up and log the
 * verdict (it keeps serving). With {@code --ledger.audit.exit-after=true} the process then exits: 0 when every link
 * holds, else 1.
 */
@Component
@ConditionalOnProperty(name = "ledger.audit.verify-on-startup", havingValue = "true")
class VerifyOnStartup implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(VerifyOnStartup.class);

    private final ChainVerifier verifier;
    private final ConfigurableApplicationContext context;
    private final boolean exitAfter;

    VerifyOnStartup(
            ChainVerifier verifier,
            ConfigurableApplicationContext context,
            @Value("${ledger.audit.exit-after:false}") boolean exitAfter) {
        this.verifier = verifier;
        this.context = context;
        this.exitAfter = exitAfter;
    }

    @Override
    public void run(ApplicationArguments args) {
        VerificationReport report = verifier.verify();
        if (report.intact()) {
            LOG.info(
                    "Event links verified: {} events in {} streams intact ({} unchained)",
                    report.events(),
                    report.streams(),
                    report.unchained());
        } else {
            report.broken().forEach(link -> LOG.error("Broken event link: {}", link));
        }
        if (exitAfter) {
            int code = SpringApplication.exit(context, () -> report.intact() ? 0 : 1);
            System.exit(code);
        }
    }
}
