package io.inventoryledger.app.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * The packaged service run as a separate process on a database of its own, as an operator runs it: through the
 * build's launcher ({@code target/ledger/bin/ledger}, the extracted jar with its class data sharing archive; it
 * execs the JVM, so the process is the service's). Output goes to {@code target/<name>.log}.
 */
public final class ServiceProcess {
    private static final Path LAUNCHER = Path.of("target", "ledger", "bin", "ledger");

    private final Process process;
    private final String baseUrl;

    private ServiceProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts the jar on {@code databaseUrl} and waits until it answers. */
    public static ServiceProcess start(String databaseUrl, String logName) throws IOException {
        return start(databaseUrl, logName, Map.of());
    }

    /** Starts the jar on {@code databaseUrl} with more environment (settings) and waits until it answers. */
    public static ServiceProcess start(String databaseUrl, String logName, Map<String, String> settings)
            throws IOException {
        if (!Files.isExecutable(LAUNCHER)) {
            throw new IllegalStateException(LAUNCHER.toAbsolutePath() + " is missing: run after the package phase");
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File("target", logName + ".log")));
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", databaseUrl);
        env.put("SPRING_DATASOURCE_USERNAME", TestDatabase.user());
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("LEDGER_PORT", Integer.toString(port));
        env.put("LEDGER_DB_POOL", "12");
        env.putAll(settings);
        ServiceProcess service = new ServiceProcess(builder.start(), "http://127.0.0.1:" + port);
        Awaitility.await("service on port " + port)
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    if (!service.process.isAlive()) {
                        throw new IllegalStateException("the service exited with " + service.process.exitValue());
                    }
                    return PlacementClient.admin(service.baseUrl).get("/").status() == 200;
                });
        return service;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The log file of this process. */
    public static Path log(String logName) {
        return Path.of("target", logName + ".log");
    }

    /** Sends SIGTERM (what {@link Process#destroy()} sends on Unix); {@link #awaitExit} waits for the drain. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end and returns its exit status. */
    public int awaitExit(Duration atMost) throws InterruptedException {
        if (!process.waitFor(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("still running after " + atMost);
        }
        return process.exitValue();
    }

    /** Kills the process with SIGKILL (what {@link Process#destroyForcibly()} sends on Unix) and waits for it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** A fresh, empty database named {@code name} beside the test database. */
    public static String freshDatabase(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(TestDatabase.urlOf("postgres"), TestDatabase.user(), "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name);
        }
        return TestDatabase.urlOf(name);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
