package io.inventoryledger.app.audit;

import io.inventoryledger.app.ops.StartupCheck;
import io.inventoryledger.projections.audit.ChainVerifier;
import io.inventoryledger.projections.audit.VerificationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
class VerifyOnStartup extends StartupCheck {
    private static final Logger LOG = LoggerFactory.getLogger(VerifyOnStartup.class);

    private final ChainVerifier verifier;

    VerifyOnStartup(
            ChainVerifier verifier,
            ConfigurableApplicationContext context,
            @Value("${ledger.audit.exit-after:false}") boolean exitAfter) {
        super(context, exitAfter);
        this.verifier = verifier;
    }

    @Override
    protected boolean check() {
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
        return report.intact();
    }
}
