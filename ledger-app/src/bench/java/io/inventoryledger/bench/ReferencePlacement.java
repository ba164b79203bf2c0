package io.inventoryledger.bench;

import java.util.List;

/**
 * The reference OpenStack Placement 8.0.0 (uWSGI, profile "default") through its control script. Stops it at the
 * end only if this run started it.
 */
final class ReferencePlacement {
    /** The database placement-ref.sh keeps Placement's tables in. */
    static final String DATABASE = "placement_ref";

    private final String script;
    private final boolean leaveRunning;
    private boolean startedHere;

    ReferencePlacement(BenchSettings settings) {
        this.script = settings.text("placement.script");
        this.leaveRunning = Boolean.parseBoolean(settings.text("placement.leave-running"));
    }

    void start() {
        if (Shell.run(List.of(script, "status", "default"), 30).exitCode() == 0) {
            return;
        }
        Shell.run(List.of(script, "start", "default"), 120).orFail("placement-ref.sh start default");
        startedHere = true;
    }

    /** Retried a few times: on a shared PostgreSQL, psql can meet "too many clients" for a moment. */
    void reset() {
        Shell.Result result = Shell.run(List.of(script, "reset"), 120);
        for (int attempt = 1; attempt < 5 && result.exitCode() != 0; attempt++) {
            Pause.millis(2000);
            result = Shell.run(List.of(script, "reset"), 120);
        }
        result.orFail("placement-ref.sh reset");
    }

    void stop() {
        // Another run may have found it running and be using it now (the reference is shared).
        if (startedHere && !leaveRunning) {
            Shell.run(List.of(script, "stop", "default"), 60);
            startedHere = false;
        }
    }
}
