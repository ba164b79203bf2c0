package io.inventoryledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL's own ceiling here: pgbench with one INSERT per transaction (synchronous_commit on), in its own db. */
final class PgBench {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private PgBench() {}

    /** Inserts per second at {@code clients} clients; NaN when skipped (pgbench.seconds=0) or pgbench failed. */
    static double insertsPerSecond(BenchSettings settings, Postgres postgres, Path outDir, int clients) {
        if (settings.seconds("pgbench.seconds").isZero()) {
            return Double.NaN;
        }
        String database = settings.text("pgbench.db");
        postgres.recreate(database);
        try {
            try (Connection connection = postgres.connect(database);
                    Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE one_insert (id bigserial PRIMARY KEY, payload text NOT NULL)");
            }
            Path script = outDir.resolve("pgbench-one-insert.sql");
            Files.writeString(script, "INSERT INTO one_insert (payload) VALUES ('claim');\n");
            Shell.Result result = Shell.run(
                    List.of(
                            "pgbench",
                            "-n",
                            "-h",
                            postgres.host(),
                            "-p",
                            String.valueOf(postgres.port()),
                            "-U",
                            postgres.user(),
                            "-c",
                            String.valueOf(clients),
                            "-j",
                            String.valueOf(
                                    Math.min(clients, Runtime.getRuntime().availableProcessors())),
                            "-T",
                            settings.text("pgbench.seconds"),
                            "-f",
                            script.toString(),
                            database),
                    600);
            Matcher tps = TPS.matcher(result.output());
            if (result.exitCode() != 0 || !tps.find()) {
                System.out.println("pgbench gave no figure: " + result.output());
                return Double.NaN;
            }
            return Double.parseDouble(tps.group(1));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("pgbench setup failed", e);
        } finally {
            postgres.drop(database);
        }
    }
}
