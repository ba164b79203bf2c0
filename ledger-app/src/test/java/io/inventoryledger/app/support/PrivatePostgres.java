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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary directory, its own port), which the test may
 * stop, start and restart: the shared server is never touched. As root, the server runs as user {@code postgres}
 * (PostgreSQL refuses to run as root). The port is {@code LEDGER_TEST_PG_PORT} when set, else a free one.
 */
public final class PrivatePostgres implements AutoCloseable {
    private final Path bin;
    private final Path data;
    private final int port;

    private PrivatePostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** initdb, start, and create database {@code ledger}. */
    public static PrivatePostgres create() throws IOException, SQLException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("ledger-pg-");
        Path data = dir.resolve("data");
        PrivatePostgres pg = new PrivatePostgres(bin, data, port());
        if (isRoot()) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            run(List.of("chmod", "755", dir.toString()), false);
        }
        pg.asServerUser(List.of(
                bin.resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                "root",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions"));
        pg.start();
        try (Connection admin = DriverManager.getConnection(pg.url("postgres"), "root", "");
                Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE ledger");
        }
        return pg;
    }

    public String url() {
        return url("ledger");
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the server and waits until it accepts connections. */
    public void start() throws IOException {
        asServerUser(List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-l",
                data.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1",
                "-w",
                "-t",
                "60",
                "start"));
    }

    /** Fast shutdown: sessions are terminated, transactions in flight roll back, then a clean checkpoint. */
    public void stop() throws IOException {
        asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
    }

    /** Ends every other session on database {@code ledger} (pg_terminate_backend): their transactions roll back. */
    public int terminateSessions() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url("postgres"), "root", "");
                Statement sql = admin.createStatement();
                var rows = sql.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE datname = 'ledger' AND pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            asServerUser(
                    List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
        } catch (IllegalStateException alreadyStopped) {
            // nothing to stop
        }
        try (Stream<Path> files = Files.walk(data.getParent())) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private void asServerUser(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, true);
    }

    private static void run(List<String> command, boolean check) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            if (check && process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited with " + process.exitValue() + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest installed PostgreSQL's binaries (Debian's layout), else whatever initdb is on the PATH. */
    private static Path binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(
                                v -> Integer.parseInt(v.getFileName().toString())))
                        .map(v -> v.resolve("bin"))
                        .orElseThrow(() -> new IllegalStateException("no initdb under " + debian));
            }
        }
        return Path.of("");
    }

    private static int port() {
        String configured = System.getenv("LEDGER_TEST_PG_PORT");
        if (configured != null && !configured.isBlank()) {
            return Integer.parseInt(configured.trim());
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
