package io.inventoryledger.bench;

import io.inventoryledger.app.support.RealKeystone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole comparison in one run: PostgreSQL's ceiling (pgbench), our service started on a fresh database, the
 * reference Placement started (or found) and reset, then every workload against each target in turn (emptied before
 * each), and the table. Writes the table to {@code bench.out}/results.md as well.
 */
public final class SideBySide {
    private SideBySide() {}

    public static void main(String[] args) throws IOException {
        BenchSettings settings = BenchSettings.from(args);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(out);
        Postgres postgres = new Postgres(settings);
        String machine = Machine.describe(postgres);
        say("machine: " + machine);
        say("settings: " + settings.describe());

        int clients = settings.integer("pgbench.clients");
        int free = postgres.freeConnections();
        int needed = Math.max(clients, settings.integer("ours.db-pool") + 4);
        say("PostgreSQL has " + free + " free connections; this run needs about " + needed
                + (free < needed
                        ? ": TOO FEW (other services hold the rest); lower pgbench.clients/ours.db-pool"
                                + " or stop them"
                        : ""));
        double pgOne = PgBench.insertsPerSecond(settings, postgres, out, 1);
        double pgMany = PgBench.insertsPerSecond(settings, postgres, out, clients);
        String ceiling = Double.isNaN(pgOne) && Double.isNaN(pgMany)
                ? "not measured (pgbench.seconds=0 or pgbench failed)"
                : String.format("%.0f tps at 1 client, %.0f tps at %d clients", pgOne, pgMany, clients);
        say("pgbench one INSERT per transaction: " + ceiling);

        boolean autovacuumTurnedOn = settings.text("pg.autovacuum").equals("on") && postgres.turnAutovacuumOn();
        if (autovacuumTurnedOn) {
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::restoreAutovacuum));
        }
        say("PostgreSQL autovacuum: "
                + (autovacuumTurnedOn
                        ? "was off on this server; on for this run, restored after"
                        : postgres.autovacuum()));

        LedgerService ledger = new LedgerService(
                settings,
                postgres,
                Path.of(System.getProperty("bench.service-jar", "ledger-app/target/ledger-app.jar")),
                out);
        ReferencePlacement reference = new ReferencePlacement(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ledger.stop();
            reference.stop();
        }));
        List<Target> targets = new ArrayList<>();
        Duration emptyStartup = null;
        String microversion = settings.text("microversion");
        Duration timeout = Duration.ofSeconds(60);
        for (String name : settings.list("targets")) {
            if (name.equals("ours")) {
                String token = "admin";
                String label = "ours";
                if (settings.text("ours.auth").equals("keystone")) {
                    RealKeystone keystone = RealKeystone.get();
                    Runtime.getRuntime().addShutdownHook(new Thread(keystone::stop));
                    ledger.environment(Map.of(
                            "LEDGER_AUTH_STRATEGY",
                            "keystone",
                            "LEDGER_KEYSTONE_AUTH_URL",
                            keystone.authUrl(),
                            "LEDGER_KEYSTONE_USERNAME",
                            RealKeystone.User.PLACEMENT.name,
                            "LEDGER_KEYSTONE_PASSWORD",
                            RealKeystone.PASSWORD,
                            "LEDGER_KEYSTONE_PROJECT_NAME",
                            "service"));
                    token = keystone.token(RealKeystone.User.ADMIN, RealKeystone.Scope.SYSTEM);
                    label = "ours+keystone";
                    say("keystone up at " + keystone.authUrl() + "; ours validates every token with it");
                }
                ledger.startFresh();
                emptyStartup = ledger.lastStartup();
                PlacementHttp http = new PlacementHttp(ledger.baseUrl(), microversion, timeout, token);
                targets.add(new Target(
                        label,
                        http,
                        () -> http.call(null, "POST", "/ledger/testing/reset", null)
                                .expect(204),
                        () -> postgres.settle(settings.text("ours.db")),
                        Optional.of(ledger)));
                say(String.format("ours up at %s in %.1f s (empty store)", ledger.baseUrl(), Seconds.of(emptyStartup)));
            } else if (name.equals("ours-nodash")) {
                // the same service without the dashboard read model: what the dashboard costs the write path
                LedgerService bare = new LedgerService(
                        settings,
                        postgres,
                        Path.of(System.getProperty("bench.service-jar", "ledger-app/target/ledger-app.jar")),
                        out,
                        "-nodash");
                Runtime.getRuntime().addShutdownHook(new Thread(bare::stop));
                bare.environment(Map.of("LEDGER_DASHBOARD_ENABLED", "false"));
                bare.startFresh();
                PlacementHttp http = new PlacementHttp(bare.baseUrl(), microversion, timeout, "admin");
                targets.add(new Target(
                        "ours-nodash",
                        http,
                        () -> http.call(null, "POST", "/ledger/testing/reset", null)
                                .expect(204),
                        () -> postgres.settle(bare.database()),
                        Optional.of(bare)));
                say(String.format("ours-nodash up at %s (ledger.dashboard.enabled=false)", bare.baseUrl()));
            } else if (name.equals("placement")) {
                reference.start();
                targets.add(new Target(
                        "placement",
                        new PlacementHttp(settings.text("placement.url"), microversion, timeout),
                        reference::reset,
                        () -> postgres.settle(ReferencePlacement.DATABASE),
                        Optional.empty()));
                say("placement up at " + settings.text("placement.url"));
            } else {
                throw new IllegalArgumentException("unknown target " + name + " (ours, ours-nodash, placement)");
            }
        }

        List<WorkloadResult> results = new ArrayList<>();
        try {
            for (Workload workload : Workloads.selected(settings)) {
                for (Target target : targets) {
                    say("running " + workload.name() + " on " + target.name() + " ...");
                    for (WorkloadResult result : Workloads.runSafely(workload, target, settings)) {
                        results.add(result);
                        System.out.print(Report.detail(result));
                    }
                }
            }
        } finally {
            ledger.stop();
            reference.stop();
            if (autovacuumTurnedOn) {
                postgres.restoreAutovacuum();
            }
        }

        String table = Report.table(results, targets.stream().map(Target::name).toList());
        String report = "# Benchmark run " + Instant.now() + "\n\n"
                + "- machine: " + machine + "\n"
                + "- settings: " + settings.describe() + "\n"
                + "- PostgreSQL ceiling (pgbench, one INSERT per transaction): " + ceiling + "\n"
                + "- PostgreSQL autovacuum during the run: "
                + (autovacuumTurnedOn ? "on (turned on for the run)" : postgres.autovacuum()) + "\n"
                + (emptyStartup == null
                        ? ""
                        : String.format("- ours: start-up on an empty store %.1f s%n", Seconds.of(emptyStartup)))
                + "\n" + table;
        Files.writeString(out.resolve("results.md"), report);
        System.out.println();
        System.out.println(report);
        boolean failed = results.stream().anyMatch(r -> r.verdict().outcome() == Verdict.Outcome.FAIL);
        say("table written to " + out.resolve("results.md") + (failed ? "; some verdicts FAILED" : ""));
        // Our own wrong answer fails the build; the reference's is a finding that the table reports.
        if (results.stream()
                .anyMatch(r -> r.target().equals("ours") && r.verdict().outcome() == Verdict.Outcome.FAIL)) {
            System.exit(1);
        }
    }

    private static void say(String line) {
        System.out.println("bench: " + line);
    }
}
