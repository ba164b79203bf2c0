package io.inventoryledger.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * W6 history (change feed parts, {@code workloads=W6F}), part {@code chain}: what the events' tamper-evidence links
 * cost the claim path, as an A/B of W1 with the link trigger on and off ({@code ALTER TABLE ... DISABLE TRIGGER}),
 * same service, same load. A first W1 run warms the JVM up and is not counted; then {@code w6.chain-rounds} rounds
 * of two runs, on/off then off/on alternately (so neither side always runs on the warmer service), each run reset,
 * set up and warmed up for exactly {@code w6.chain-warmup} s. The trigger is on again afterwards. Besides, the
 * trigger's own time per append, from PostgreSQL (EXPLAIN ANALYZE of {@code w6.chain-sample} copies of W1's last
 * events appended again, rolled back), and W1's events per claim: the trigger's share of a claim's work
 * without the noise of two runs on a shared machine. Rate = W1 claims/s with links. Verdict: the loss (mean of the
 * rounds' on/off ratios) is at most {@code w6.chain-max-cost}.
 */
final class ChainLinkCost implements Workload {
    private static final Pattern TRIGGER_TIME =
            Pattern.compile("Trigger domain_event_chain: time=([0-9.]+) calls=([0-9]+)");

    @Override
    public String name() {
        return "W6 history (W1 with links vs without)";
    }

    @Override
    public List<WorkloadResult> runAll(Target target, BenchSettings settings) {
        return settings.list("w6.feed-parts").contains("chain") ? List.of(run(target, settings)) : List.of();
    }

    @Override
    public WorkloadResult run(Target target, BenchSettings settings) {
        if (target.ledger().isEmpty()) {
            return WorkloadResult.unavailable(name(), target.name(), "no event store");
        }
        LedgerService ledger = target.ledger().get();
        BenchSettings fixedWarmUp = settings.with(Map.of(
                "w1.warmup",
                settings.text("w6.chain-warmup"),
                // never steady: the warm-up lasts exactly w1.warmup
                "warmup.tolerance",
                "-1"));
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        List<String> order = new ArrayList<>();
        OpStats claims = null;
        Map<String, String> extras = new LinkedHashMap<>();
        try {
            target.reset().run();
            links(ledger, true);
            WorkloadResult first = new ClaimStorm().run(target, fixedWarmUp);
            extras.put("JVM warm-up run (not counted) claims/s", String.format("%.1f", first.rate()));
            for (int round = 0; round < settings.integer("w6.chain-rounds"); round++) {
                boolean[] sides = round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true};
                for (boolean links : sides) {
                    target.reset().run();
                    links(ledger, links);
                    WorkloadResult w1 = new ClaimStorm().run(target, fixedWarmUp);
                    (links ? with : without).add(w1.rate());
                    order.add(links ? "on" : "off");
                    if (links) {
                        claims = w1.primary();
                    }
                }
            }
        } finally {
            links(ledger, true);
        }
        extras.put("order", String.join(",", order));
        extras.put("W1 claims/s with links", format(with));
        extras.put("W1 claims/s without links", format(without));
        double cost = 0;
        List<String> costs = new ArrayList<>();
        for (int i = 0; i < with.size(); i++) {
            double roundCost = 1 - with.get(i) / without.get(i);
            costs.add(String.format("%.1f %%", roundCost * 100));
            cost += roundCost / with.size();
        }
        extras.put("cost per round", String.join(", ", costs));
        extras.put("cost (mean of rounds)", String.format("%.1f %%", cost * 100));
        triggerTime(ledger, settings.integer("w6.chain-sample"), extras);
        double max = settings.decimal("w6.chain-max-cost");
        Verdict verdict = cost <= max
                ? Verdict.pass(String.format("links cost %.1f %% of W1 (at most %.0f %%)", cost * 100, max * 100))
                : Verdict.fail(String.format("links cost %.1f %% of W1 (more than %.0f %%)", cost * 100, max * 100));
        double withLinks =
                with.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new WorkloadResult(name(), target.name(), withLinks, "claims/s", claims, List.of(), verdict, extras);
    }

    private static String format(List<Double> rates) {
        return rates.stream().map(r -> String.format("%.1f", r)).toList().toString();
    }

    /**
     * The trigger's time per append inside PostgreSQL: the last {@code sample} events (W1's claims and releases, as
     * the last run left them) appended again to new streams of two events each, in a transaction rolled back. Also
     * W1's events per claim in that store (a claim: a new consumer stream).
     */
    private static void triggerTime(LedgerService ledger, int sample, Map<String, String> extras) {
        try (Connection connection = ledger.postgres().connect(ledger.database());
                Statement sql = connection.createStatement()) {
            try (ResultSet rs = sql.executeQuery("SELECT count(*) FILTER (WHERE aggregate_identifier LIKE 'consumer/%'"
                    + " AND sequence_number = 0), count(*) FILTER (WHERE payload_type NOT LIKE '%.ResourceProviderCreated'"
                    + " AND payload_type NOT LIKE '%.InventoriesReplaced') FROM domain_event_entry")) {
                rs.next();
                extras.put(
                        "W1 events per claim (claims, their releases)",
                        String.format("%.2f (%d claims)", rs.getLong(2) / (double) rs.getLong(1), rs.getLong(1)));
            }
            connection.setAutoCommit(false);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = sql.executeQuery("EXPLAIN ANALYZE INSERT INTO domain_event_entry"
                    + " (aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload,"
                    + " payload_revision, payload_type, time_stamp)"
                    // two events per stream (the second one's trigger finds the first's link, as most appends do)
                    + " SELECT 'chain-probe/' || (global_index / 2), 1 - global_index % 2, type, gen_random_uuid()::text, meta_data, payload,"
                    + " payload_revision, payload_type, time_stamp FROM domain_event_entry"
                    + " ORDER BY global_index DESC LIMIT " + sample)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            } finally {
                connection.rollback();
            }
            Matcher trigger = TRIGGER_TIME.matcher(plan);
            Matcher total = Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(plan);
            if (trigger.find() && total.find()) {
                double ms = Double.parseDouble(trigger.group(1));
                long calls = Long.parseLong(trigger.group(2));
                extras.put(
                        "trigger per append (EXPLAIN ANALYZE, " + calls + " appends)",
                        String.format(
                                "%.1f µs of %.1f µs per insert",
                                ms * 1000 / calls, Double.parseDouble(total.group(1)) * 1000 / calls));
            } else {
                extras.put("trigger per append", "not in the plan: " + plan);
            }
        } catch (SQLException e) {
            extras.put("trigger per append", "failed: " + e.getMessage());
        }
    }

    private static void links(LedgerService ledger, boolean on) {
        try (Connection connection = ledger.postgres().connect(ledger.database());
                Statement sql = connection.createStatement()) {
            sql.execute(
                    "ALTER TABLE domain_event_entry " + (on ? "ENABLE" : "DISABLE") + " TRIGGER domain_event_chain");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot switch the event links " + (on ? "on" : "off"), e);
        }
    }
}
