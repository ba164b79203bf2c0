package io.inventoryledger.app.ops;

import io.inventoryledger.projections.rebuild.RebuildProgress;
import io.inventoryledger.projections.rebuild.RebuildReport;
import io.inventoryledger.projections.rebuild.TableComparison;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A rebuild job as the operators' routes show it: state and progress, then the report once it succeeded. */
final class RebuildJson {
    private RebuildJson() {}

    static Map<String, Object> of(RebuildJob job) {
        RebuildProgress.Snapshot progress = job.progress().snapshot();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", job.id());
        json.put("state", lower(job.state().name()));
        json.put("repair", job.options().repair());
        json.put("phase", lower(progress.phase().name()));
        json.put("events_done", progress.eventsDone());
        json.put("events_total", progress.eventsTotal());
        json.put("events_per_second", Math.round(progress.eventsPerSecond()));
        json.put("eta_seconds", progress.etaSeconds() == null ? null : Math.round(progress.etaSeconds()));
        json.put("cancel_requested", job.progress().cancelRequested());
        json.put("started_at", job.startedAt().toString());
        json.put(
                "finished_at",
                job.finishedAt() == null ? null : job.finishedAt().toString());
        json.put("error", job.error());
        RebuildReport report = job.report();
        if (report != null) {
            json.put("schema", report.schema());
            json.put("kept", report.kept());
            json.put("mode", report.mode());
            json.put("events", report.events());
            json.put("last_global_index", report.lastGlobalIndex());
            json.put("replay_seconds", report.replay().toMillis() / 1000.0);
            json.put("total_seconds", report.total().toMillis() / 1000.0);
            json.put("events_per_second", Math.round(report.eventsPerSecond()));
            json.put("equal", report.equal());
            json.put("repaired", report.repaired());
            json.put("tables", report.tables().stream().map(RebuildJson::table).toList());
        }
        return json;
    }

    private static Map<String, Object> table(TableComparison table) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("table", table.table());
        json.put("live_rows", table.liveRows());
        json.put("rebuilt_rows", table.rebuiltRows());
        json.put("only_live", table.onlyLive());
        json.put("only_rebuilt", table.onlyRebuilt());
        json.put("equal", table.equal());
        return json;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
