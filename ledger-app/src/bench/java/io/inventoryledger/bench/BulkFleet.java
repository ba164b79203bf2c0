package io.inventoryledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W5 at cloud scale, ours only: {@code flat100k} ({@code w5.bulk-providers} compute nodes) and {@code nested70k}
 * ({@code w5.bulk-trees} trees of 7). Seeded as W4 seeds its million events: a template fleet through the API
 * ({@code w5.bulk-template-providers} nodes or {@code w5.bulk-template-trees} trees), whose events and read-model
 * rows are then cloned with COPY (every uuid replaced per copy except the aggregates', so clones share the
 * template's aggregates as the computes of one region do). The service is restarted on that store: its candidate
 * index loads the whole fleet from the read tables, and the start-up, the index's own load time (its log) and the
 * heap after a full GC are reported.
 */
final class BulkFleet {
    private final CandidateFleet template;
    private final long copies;
    private final CandidateFleet fleet;
    private final Map<String, String> extras = new LinkedHashMap<>();

    private BulkFleet(CandidateFleet template, long copies) {
        this.template = template;
        this.copies = copies;
        this.fleet = template.withClones(copies);
    }

    /** The bulk fleet of {@code variant}, or null for a fleet seeded through the API (flat, nested). */
    static BulkFleet of(String variant, BenchSettings settings) {
        return switch (variant) {
            case "flat100k" -> {
                int template = settings.integer("w5.bulk-template-providers");
                yield new BulkFleet(
                        CandidateFleet.flat(variant, template, true),
                        settings.integer("w5.bulk-providers") / template - 1);
            }
            case "nested70k" -> {
                int template = settings.integer("w5.bulk-template-trees");
                yield new BulkFleet(
                        CandidateFleet.nested(variant, template, true),
                        settings.integer("w5.bulk-trees") / template - 1);
            }
            default -> null;
        };
    }

    CandidateFleet fleet() {
        return fleet;
    }

    /** Figures of the seeding and of the restart on the seeded store, for the table. */
    Map<String, String> extras() {
        return extras;
    }

    /** Seeds unless the service holds exactly the fleet; returns the seeding time, or "reused". */
    String ensureSeeded(Target target, PlacementHttp http, BenchSettings settings) {
        LedgerService ledger = target.ledger().orElseThrow();
        if (fleet.presentOn(http)) {
            say("already holds the " + fleet.variant() + " fleet: reused");
            return "reused";
        }
        target.reset().run();
        say("seeding a template of " + template.size() + " providers through the API, then " + copies
                + " clones of it in bulk ...");
        long start = System.nanoTime();
        template.seed(http, settings.integer("w5.seed-threads"), settings.seconds("w5.seed-max-seconds"));
        Duration api = Duration.ofNanos(System.nanoTime() - start);
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        long cloning = System.nanoTime();
        EventStoreSeeder.cloneCopies(ledger.postgres(), ledger.database(), copies, threads, template.aggregates());
        ReadModelSeeder.cloneRows(ledger.postgres(), ledger.database(), copies, threads, template.aggregates());
        ledger.postgres().settle(ledger.database());
        Duration cloned = Duration.ofNanos(System.nanoTime() - cloning);
        ledger.restart();
        extras.put(
                "seeding: template through the API / clones by COPY (+ vacuum) s",
                Seconds.format(api) + " / " + Seconds.format(cloned));
        extras.put("start-up s on the seeded store", Seconds.format(ledger.lastStartup()));
        extras.put("candidate index load (service log)", lastIndexLoad(ledger));
        extras.put("heap after full GC (jcmd GC.heap_info)", heapAfterGc(ledger));
        if (!fleet.presentOn(http)) {
            throw new IllegalStateException(
                    "after bulk seeding, the service does not hold exactly the " + fleet.variant() + " fleet");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        say(String.format("seeded %d providers in %.1f s", fleet.size(), Seconds.of(took)));
        return Seconds.format(took);
    }

    private static String lastIndexLoad(LedgerService ledger) {
        try {
            List<String> lines = Files.readAllLines(ledger.logFile().toPath());
            for (int i = lines.size() - 1; i >= 0; i--) {
                int at = lines.get(i).indexOf("Candidate index loaded");
                if (at >= 0) {
                    return lines.get(i).substring(at);
                }
            }
            return "not in the log";
        } catch (IOException e) {
            return "log unreadable: " + e.getMessage();
        }
    }

    private static String heapAfterGc(LedgerService ledger) {
        String pid = String.valueOf(ledger.pid());
        Shell.run(List.of("jcmd", pid, "GC.run"), 120);
        Shell.Result info = Shell.run(List.of("jcmd", pid, "GC.heap_info"), 60);
        return info.output()
                .lines()
                .filter(line -> line.contains("used"))
                .findFirst()
                .orElse("?")
                .trim();
    }

    private static void say(String line) {
        System.out.println("bench: [ours] W5: " + line);
    }
}
