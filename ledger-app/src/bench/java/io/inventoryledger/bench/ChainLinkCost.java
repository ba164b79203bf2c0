package io.inventoryledger.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W6 history (change feed parts, {@code workloads=W6F}), part {@code chain}: what the events' tamper-evidence links cost the claim path. W1 runs with the link
 * trigger on, then off ({@code ALTER TABLE ... DISABLE TRIGGER}), {@code w6.chain-rounds} times, same service, same
 * load; the trigger is on again afterwards. Rate = W1 claims/s with links. Verdict: the loss is at most
 * {@code w6.chain-max-cost} of W1 without links.
 */
final class ChainLinkCost implements Workload {
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
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        OpStats claims = null;
        try {
            for (int round = 0; round < settings.integer("w6.chain-rounds"); round++) {
                for (boolean links : new boolean[] {true, false}) {
                    target.reset().run();
                    links(ledger, links);
                    WorkloadResult w1 = new ClaimStorm().run(target, settings);
                    (links ? with : without).add(w1.rate());
                    if (links) {
                        claims = w1.primary();
                    }
                }
            }
        } finally {
            links(ledger, true);
        }
        double withLinks =
                with.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double withoutLinks =
                without.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double cost = 1 - withLinks / withoutLinks;
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("W1 claims/s with links", with.toString());
        extras.put("W1 claims/s without links", without.toString());
        extras.put("cost", String.format("%.1f %%", cost * 100));
        double max = settings.decimal("w6.chain-max-cost");
        Verdict verdict = cost <= max
                ? Verdict.pass(String.format("links cost %.1f %% of W1 (at most %.0f %%)", cost * 100, max * 100))
                : Verdict.fail(String.format("links cost %.1f %% of W1 (more than %.0f %%)", cost * 100, max * 100));
        return new WorkloadResult(name(), target.name(), withLinks, "claims/s", claims, List.of(), verdict, extras);
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
