package io.inventoryledger.app.ops;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.projections.rebuild.RebuildReport;
import io.inventoryledger.projections.rebuild.TableComparison;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators' route: rebuild every projection from the event history and compare it with the live tables. */
@RestController
class RebuildController {
    private final ProjectionRebuilds rebuilds;
    private final PolicyEnforcer policy;

    RebuildController(ProjectionRebuilds rebuilds, PolicyEnforcer policy) {
        this.rebuilds = rebuilds;
        this.policy = policy;
    }

    /**
     * 200 with the report (counts, events/s, rebuilt == live per table); 403 for non-admins; 409 while
     * another rebuild runs on this node. {@code keep=true} leaves the rebuilt schema for inspection.
     */
    @PostMapping(value = "/ledger/projections/rebuild", produces = "application/json")
    Map<String, Object> rebuild(@RequestParam(defaultValue = "false") boolean keep, Caller caller) {
        policy.authorize(caller, PlacementRules.LEDGER_REBUILD);
        RebuildReport report = rebuilds.run(keep)
                .orElseThrow(() ->
                        new PlacementHttpException(HttpStatus.CONFLICT, "A rebuild is running on this node already."));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", report.schema());
        json.put("kept", report.kept());
        json.put("mode", report.mode());
        json.put("events", report.events());
        json.put("last_global_index", report.lastGlobalIndex());
        json.put("replay_seconds", report.replay().toMillis() / 1000.0);
        json.put("total_seconds", report.total().toMillis() / 1000.0);
        json.put("events_per_second", Math.round(report.eventsPerSecond()));
        json.put("equal", report.equal());
        json.put(
                "tables", report.tables().stream().map(RebuildController::table).toList());
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
}
