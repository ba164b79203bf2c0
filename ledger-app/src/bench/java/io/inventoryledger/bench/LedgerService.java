package io.inventoryledger.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Our service as a child process on its own PostgreSQL database, with the test-only reset switched on: through the
 * build's launcher beside the jar ({@code ledger/bin/ledger}, as the README starts it; {@code ours.launch=launcher})
 * or {@code java -jar} on the repackaged jar ({@code ours.launch=jar}). Measures its start-up time: process start
 * until GET / answers 200.
 */
final class LedgerService {
    private final Path jar;
    private final Postgres postgres;
    private final String database;
    private final int port;
    private final List<String> jvmOptions;
    private final boolean launcher;
    private final String pool;
    private final Path log;
    private final java.util.Map<String, String> environment = new java.util.HashMap<>();
    private Process process;
    private Duration lastStartup;

    LedgerService(BenchSettings settings, Postgres postgres, Path jar, Path outDir) {
        this(settings, postgres, jar, outDir, "");
    }

    /** A second service beside the first ({@code variant} "-nodash": its own database, the next port, its own log). */
    LedgerService(BenchSettings settings, Postgres postgres, Path jar, Path outDir, String variant) {
        this(
                jar,
                postgres,
                settings.text("ours.db") + variant.replace('-', '_'),
                settings.integer("ours.port") + (variant.isEmpty() ? 0 : 1),
                settings.jvmOptions("ours.jvm"),
                settings.text("ours.launch").equals("launcher"),
                settings.text("ours.db-pool"),
                outDir.resolve("ledger-service" + variant + ".log"));
    }

    private LedgerService(
            Path jar,
            Postgres postgres,
            String database,
            int port,
            List<String> jvmOptions,
            boolean launcher,
            String pool,
            Path log) {
        this.jar = jar;
        this.postgres = postgres;
        this.database = database;
        this.port = port;
        this.jvmOptions = jvmOptions;
        this.launcher = launcher;
        this.pool = pool;
        this.log = log;
        log.toFile().delete();
    }

    /**
     * A second node of this service on the same database (not started), on {@code otherPort}, logging beside this
     * one's log: a node that follows the other's writes through the event store. JFR options are left out.
     */
    LedgerService secondNode(int otherPort) {
        LedgerService node = new LedgerService(
                jar,
                postgres,
                database,
                otherPort,
                jvmOptions.stream().filter(o -> !o.contains("FlightRecording")).toList(),
                launcher,
                pool,
                log.resolveSibling("ledger-second-node.log"));
        node.environment(environment);
        return node;
    }

    /** More environment for the next starts (e.g. the Keystone settings). */
    void environment(java.util.Map<String, String> more) {
        environment.putAll(more);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String database() {
        return database;
    }

    Postgres postgres() {
        return postgres;
    }

    Duration lastStartup() {
        return lastStartup;
    }

    /** Recreates the database, then starts the service on it. */
    void startFresh() {
        postgres.recreate(database);
        start();
    }

    void start() {
        if (!jar.toFile().isFile()) {
            throw new IllegalStateException("no service jar at " + jar + " (run the package phase first)");
        }
        List<String> command = new ArrayList<>();
        Path script = jar.resolveSibling("ledger").resolve("bin").resolve("ledger");
        if (launcher && !script.toFile().canExecute()) {
            throw new IllegalStateException("no launcher at " + script + " (package phase; or ours.launch=jar)");
        }
        if (launcher) {
            command.add(script.toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (launcher) {
            builder.environment().put("JAVA_OPTS", String.join(" ", jvmOptions));
        }
        builder.environment().put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(database));
        builder.environment().put("SPRING_DATASOURCE_USERNAME", postgres.user());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        builder.environment().put("LEDGER_PORT", String.valueOf(port));
        builder.environment().put("LEDGER_DB_POOL", pool);
        builder.environment().put("LEDGER_TESTING_RESET_ENABLED", "true");
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        try {
            process = builder.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start " + command, e);
        }
        awaitReady();
        lastStartup = Duration.ofNanos(System.nanoTime() - start);
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        HttpRequest root = HttpRequest.newBuilder(URI.create(baseUrl() + "/"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(root, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the service", e);
            }
            Pause.millis(20); // polling while the service boots
        }
        throw new IllegalStateException("the service did not answer within 5 minutes; see " + log);
    }

    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * Waits (up to {@code atMost}) until the service's process uses under a tenth of a CPU for three seconds in a
     * row: the JIT compiling what start-up made hot, and anything else start-up left running, has finished.
     * Returns how long that took.
     */
    Duration awaitIdle(Duration atMost) {
        long started = System.nanoTime();
        long deadline = started + atMost.toNanos();
        int quietSeconds = 0;
        Duration before = cpuTime();
        while (quietSeconds < 3 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Duration now = cpuTime();
            quietSeconds = now.minus(before).toMillis() < 100 ? quietSeconds + 1 : 0;
            before = now;
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    void restart() {
        stop();
        start();
    }

    long pid() {
        return process.pid();
    }

    File logFile() {
        return log.toFile();
    }
}
