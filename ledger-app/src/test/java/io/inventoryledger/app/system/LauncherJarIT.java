package io.inventoryledger.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.ServiceProcess;
import io.inventoryledger.app.support.TestDatabase;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The build's launcher starts the service with the class data sharing archive of its training run: with
 * {@code -Xshare:on} the JVM refuses to start when the archive does not fit (another JVM, another layout), and the
 * service's own classes are then loaded from the archive, not from the jar.
 */
class LauncherJarIT {
    private ServiceProcess service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.kill();
        }
    }

    @Test
    void theLauncherStartsTheServiceWithItsClassDataSharingArchive() throws Exception {
        String database = ServiceProcess.freshDatabase(TestDatabase.name() + "_launcher");

        service = ServiceProcess.start(
                database,
                "launcher",
                Map.of("JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=target/launcher-classes.log"));

        await("readiness")
                .atMost(Duration.ofMinutes(1))
                .until(() -> PlacementClient.admin(service.baseUrl())
                                .get("/ledger/ops/health/readiness")
                                .status()
                        == 200);
        assertThat(Files.readString(ServiceProcess.log("launcher-classes")))
                .contains("io.inventoryledger.app.LedgerApplication source: shared objects file (top)")
                .contains("org.springframework.context.support.AbstractApplicationContext source: shared objects file");
    }
}
