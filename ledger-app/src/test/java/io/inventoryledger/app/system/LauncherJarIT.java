package io.inventoryledger.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.ServiceProcess;
import io.inventoryledger.app.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The build's launcher starts the service with the archive of its training run (Java 25's AOT cache, or Java 17's
 * class data sharing archive): with {@code -XX:AOTMode=on} / {@code -Xshare:on} the JVM refuses to start when the
 * archive does not fit (another JVM, another layout), and the service's own classes are then loaded from it.
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

        // the launcher runs Java 25 with its AOT cache when the build made one, else the build's JVM with CDS; each
        // has its own switch that refuses to start without the archive
        String required = Files.exists(Path.of("target", "ledger", "ledger-app.aot")) ? "-XX:AOTMode=on" : "-Xshare:on";
        service = ServiceProcess.start(
                database,
                "launcher",
                Map.of("JAVA_OPTS", required + " -Xlog:class+load=info:file=target/launcher-classes.log"));

        await("readiness")
                .atMost(Duration.ofMinutes(1))
                .until(() -> PlacementClient.admin(service.baseUrl())
                                .get("/ledger/ops/health/readiness")
                                .status()
                        == 200);
        assertThat(Files.readString(ServiceProcess.log("launcher-classes")))
                .contains("io.inventoryledger.app.LedgerApplication source: shared objects file")
                .contains("org.springframework.context.support.AbstractApplicationContext source: shared objects file");
    }
}
