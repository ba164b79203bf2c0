package io.inventoryledger.app.ops;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A check run once the service is up (it keeps serving); when told to exit after it, the process exits: 0 when the
 * check passed, else 1 (for a one-shot operator run in a script).
 */
public abstract class StartupCheck implements ApplicationRunner {
    private final ConfigurableApplicationContext context;
    private final boolean exitAfter;

    protected StartupCheck(ConfigurableApplicationContext context, boolean exitAfter) {
        this.context = context;
        this.exitAfter = exitAfter;
    }

    /** Runs the check, logging what it found; whether it passed. */
    protected abstract boolean check();

    @Override
    public final void run(ApplicationArguments args) {
        boolean passed = check();
        if (exitAfter) {
            int code = SpringApplication.exit(context, () -> passed ? 0 : 1);
            System.exit(code);
        }
    }
}
