package io.inventoryledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Our service's own per-query figures for GET /allocation_candidates, read from its metrics before and after a
 * measurement: CPU time of the engine's search and of the rendering (the request thread's CPU time, which waiting
 * for a CPU on a busy machine does not inflate), and the engine's work per query (trees visited, skipped, opened;
 * combinations examined). Absent on a server without these metrics (Placement).
 */
record EngineFigures(
        double searchCpuMs,
        double renderCpuMs,
        double queries,
        double visited,
        double skipped,
        double opened,
        double examined) {

    static EngineFigures read(PlacementHttp http) {
        return new EngineFigures(
                total(http, "ledger.candidates.cpu", "phase:search", "TOTAL_TIME") * 1000,
                total(http, "ledger.candidates.cpu", "phase:render", "TOTAL_TIME") * 1000,
                total(http, "ledger.candidates.cpu", "phase:search", "COUNT"),
                total(http, "ledger.candidates.trees", "outcome:visited", "COUNT"),
                total(http, "ledger.candidates.trees", "outcome:skipped", "COUNT"),
                total(http, "ledger.candidates.trees", "outcome:opened", "COUNT"),
                total(http, "ledger.candidates.combinations", "outcome:examined", "COUNT"));
    }

    /** The figures of the queries between {@code before} and this, per query; "-" when none were counted. */
    String perQuerySince(EngineFigures before) {
        double n = queries - before.queries;
        if (!(n > 0)) {
            return "-";
        }
        return String.format(
                "search %.3f ms + render %.3f ms CPU per query (mean of %.0f); per query trees visited %.1f,"
                        + " skipped %.1f, opened %.1f, combinations examined %.1f",
                (searchCpuMs - before.searchCpuMs) / n,
                (renderCpuMs - before.renderCpuMs) / n,
                n,
                (visited - before.visited) / n,
                (skipped - before.skipped) / n,
                (opened - before.opened) / n,
                (examined - before.examined) / n);
    }

    private static double total(PlacementHttp http, String meter, String tag, String statistic) {
        Reply reply = http.get("/ledger/ops/metrics/" + meter + "?tag=" + tag);
        if (reply.status() != 200) {
            return Double.NaN;
        }
        for (JsonNode measurement : reply.json().path("measurements")) {
            if (statistic.equals(measurement.path("statistic").asText())) {
                return measurement.path("value").asDouble();
            }
        }
        return Double.NaN;
    }
}
