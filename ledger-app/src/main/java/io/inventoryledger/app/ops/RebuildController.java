package io.inventoryledger.app.ops;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyRule;
import io.inventoryledger.app.web.Locations;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.projections.rebuild.ProjectionRebuild;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' routes: rebuild every projection from the event history as a job, compare it with the live tables,
 * and (repair) swap the rebuilt tables in when they differ. Admin only (403 otherwise).
 */
@RestController
class RebuildController {
    private static final String PATH = "/ledger/projections/rebuild";

    private final RebuildJobs jobs;

    RebuildController(RebuildJobs jobs) {
        this.jobs = jobs;
    }

    /**
     * 202 with the job and its Location, the rebuild running in the background ({@code wait=true}: 200 once it
     * ended); 400 for repair on the embedded store; 409 while a rebuild runs on this node or another one.
     * {@code keep=true} leaves the rebuilt schema (after a repair: the replaced tables) for inspection;
     * {@code repair=true} swaps the rebuilt tables in for the live ones when they differ.
     */
    @PolicyRule(PlacementRules.LEDGER_REBUILD)
    @PostMapping(value = PATH, produces = "application/json")
    ResponseEntity<Map<String, Object>> start(
            @RequestParam(defaultValue = "false") boolean keep,
            @RequestParam(defaultValue = "false") boolean repair,
            @RequestParam(defaultValue = "false") boolean wait) {
        if (repair && !jobs.canRepair()) {
            throw PlacementHttpException.badRequest("A repair swaps tables in on PostgreSQL only.");
        }
        ProjectionRebuild.Options options = new ProjectionRebuild.Options(keep, repair);
        RebuildJob job = (wait ? jobs.runNow(options) : jobs.start(options))
                .orElseThrow(() -> new PlacementHttpException(
                        HttpStatus.CONFLICT, "A rebuild is running already (on this node or another one)."));
        if (wait) {
            return ResponseEntity.ok(RebuildJson.of(job));
        }
        return ResponseEntity.accepted()
                .location(Locations.of(PATH + "/" + job.id()))
                .body(RebuildJson.of(job));
    }

    /** 200 with the job's state and progress (and its report once it ended); 404 for a job this node did not run. */
    @PolicyRule(PlacementRules.LEDGER_REBUILD)
    @GetMapping(value = PATH + "/{id}", produces = "application/json")
    Map<String, Object> show(@PathVariable String id) {
        return RebuildJson.of(find(id));
    }

    /** 202: the job stops at its next check (between batches), drops its schema and ends cancelled; 404. */
    @PolicyRule(PlacementRules.LEDGER_REBUILD)
    @DeleteMapping(value = PATH + "/{id}", produces = "application/json")
    ResponseEntity<Map<String, Object>> cancel(@PathVariable String id) {
        RebuildJob job = find(id);
        job.progress().cancel();
        return ResponseEntity.accepted().body(RebuildJson.of(job));
    }

    private RebuildJob find(String id) {
        return jobs.find(id).orElseThrow(() -> PlacementHttpException.notFound("No rebuild " + id + " on this node."));
    }
}
