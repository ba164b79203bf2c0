package io.inventoryledger.bench;

import java.util.List;

/**
 * The reference OpenStack Placement 8.0.0 (uWSGI, profile "default") through its control script. Stops it at the
 * end only if this run started it.
 */
final class ReferencePlacement {
    private final String script;
    private boolean startedHere;

    ReferencePlacement(BenchSettings settings) {
        this.script = settings.text("placement.script");
    }

    void start() {
        if (Shell.run(List.of(script, "status", "default"), 30).exitCode() == 0) {
            return;
        }
        Shell.run(List.of(script, "start", "default"), 120).orFail("placement-ref.sh start default");
        startedHere = true;
    }

    void reset() {
        Shell.run(List.of(script, "reset"), 120).orFail("placement-ref.sh reset");
    }

    void stop() {
        if (startedHere) {
            Shell.run(List.of(script, "stop", "default"), 60);
            startedHere = false;
        }
    }
}
