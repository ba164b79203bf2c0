package io.inventoryledger.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Renders results: one detailed block per run, and the side-by-side Markdown table. */
final class Report {
    private Report() {}

    static String detail(WorkloadResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("[%s] %s: ", result.target(), result.workload()));
        if (!result.measured()) {
            out.append("not available (").append(result.verdict().detail()).append(")\n");
            result.extras()
                    .forEach((k, v) ->
                            out.append("    ").append(k).append(": ").append(v).append('\n'));
            return out.toString();
        }
        out.append(String.format("%.1f %s%n", result.rate(), result.rateUnit()));
        List<OpStats> ops = new ArrayList<>();
        ops.add(result.primary());
        ops.addAll(result.others());
        for (OpStats op : ops) {
            out.append(String.format(
                    "    %-45s n=%d  %s  statuses %s%n",
                    op.name(), op.count(), op.latencySummary(), op.statusCounts()));
        }
        result.extras()
                .forEach((k, v) ->
                        out.append("    ").append(k).append(": ").append(v).append('\n'));
        out.append("    verdict ")
                .append(result.verdict().label())
                .append(": ")
                .append(result.verdict().detail())
                .append('\n');
        return out.toString();
    }

    /** Rows per workload: rate, latency, statuses, verdict; columns per target, then the first two's ratio. */
    static String table(List<WorkloadResult> results, List<String> targets) {
        Map<String, Map<String, WorkloadResult>> byWorkload = new LinkedHashMap<>();
        results.forEach(r -> byWorkload
                .computeIfAbsent(r.workload(), w -> new LinkedHashMap<>())
                .put(r.target(), r));
        StringBuilder out = new StringBuilder("| workload | figure | ").append(String.join(" | ", targets));
        boolean ratio = targets.size() == 2;
        out.append(ratio ? " | " + targets.get(0) + " / " + targets.get(1) + " |\n" : " |\n");
        out.append("|---|---|")
                .append("---|".repeat(targets.size() + (ratio ? 1 : 0)))
                .append('\n');
        byWorkload.forEach((workload, perTarget) -> {
            List<WorkloadResult> cells = targets.stream().map(perTarget::get).toList();
            String unit = cells.stream()
                    .filter(Objects::nonNull)
                    .filter(WorkloadResult::measured)
                    .map(WorkloadResult::rateUnit)
                    .findFirst()
                    .orElse("rate");
            row(
                    out,
                    workload,
                    unit,
                    cells,
                    false,
                    r -> String.format("%.1f", r.rate()),
                    ratio ? ratio(cells, true, WorkloadResult::rate) : null);
            row(
                    out,
                    "",
                    "p50 / p95 / p99 / max ms",
                    cells,
                    false,
                    Report::latencies,
                    ratio
                            ? ratio(cells, false, r -> r.primary().percentileMillis(99))
                                    .replaceFirst("^(?!-$)", "p99 ")
                            : null);
            row(out, "", "statuses", cells, false, r -> r.primary().statusCounts(), ratio ? "" : null);
            for (String extra : extraKeys(cells)) {
                row(out, "", extra, cells, true, r -> r.extras().getOrDefault(extra, "-"), ratio ? "" : null);
            }
            row(
                    out,
                    "",
                    "verdict",
                    cells,
                    true,
                    r -> r.measured()
                            ? r.verdict().label()
                            : "not available: " + r.verdict().detail(),
                    ratio ? "" : null);
        });
        return out.toString();
    }

    private static List<String> extraKeys(List<WorkloadResult> cells) {
        List<String> keys = new ArrayList<>();
        cells.stream()
                .filter(Objects::nonNull)
                .forEach(r -> r.extras().keySet().stream()
                        .filter(k -> !keys.contains(k) && !k.startsWith("unsure") && !k.equals("rebuild answer"))
                        .forEach(keys::add));
        return keys;
    }

    /** One table row; {@code evenUnmeasured} rows (extras, verdict) are shown for "not available" runs too. */
    private static void row(
            StringBuilder out,
            String workload,
            String figure,
            List<WorkloadResult> cells,
            boolean evenUnmeasured,
            Function<WorkloadResult, String> value,
            String ratio) {
        out.append("| ").append(workload).append(" | ").append(figure).append(" | ");
        for (WorkloadResult cell : cells) {
            String text = cell == null ? "not run" : cell.measured() || evenUnmeasured ? value.apply(cell) : "n/a";
            out.append(text).append(" | ");
        }
        out.append(ratio == null ? "" : ratio + " |");
        out.append('\n');
    }

    private static String latencies(WorkloadResult r) {
        OpStats op = r.primary();
        return op.count() == 0
                ? "-"
                : String.format(
                        "%.1f / %.1f / %.1f / %.1f",
                        op.percentileMillis(50), op.percentileMillis(95), op.percentileMillis(99), op.maxMillis());
    }

    private static String ratio(
            List<WorkloadResult> cells, boolean higherIsBetter, ToDoubleFunction<WorkloadResult> figure) {
        if (cells.stream()
                .anyMatch(c -> c == null || !c.measured() || c.primary().count() == 0)) {
            return "-";
        }
        double ours = figure.applyAsDouble(cells.get(0));
        double theirs = figure.applyAsDouble(cells.get(1));
        return theirs == 0 ? "-" : String.format("%.2f×%s", ours / theirs, higherIsBetter ? "" : " (lower is better)");
    }
}
