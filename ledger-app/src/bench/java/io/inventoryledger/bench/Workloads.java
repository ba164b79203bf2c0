package io.inventoryledger.bench;

import java.util.List;
import java.util.Map;

/** The workloads by their short names (W1..W6), in the order the settings list them. */
final class Workloads {
    private static final Map<String, Workload> ALL = Map.of(
            "W7",
            new HistoryStates(),
            "W1",
            new ClaimStorm(),
            "W2",
            new HotProvider(),
            "W6F",
            new ChangeFeedWorkloads(),
            "W3",
            new InventoryChurn(),
            "W4",
            new ProjectionRebuild(),
            "W5",
            new CandidateWorkload(),
            "W6",
            new DashboardUnderClaims());

    private Workloads() {}

    /** Empties the target, runs one workload; a failure becomes a FAIL row instead of ending the comparison. */
    static List<WorkloadResult> runSafely(Workload workload, Target target, BenchSettings settings) {
        try {
            if (!workload.resetsItself()) {
                target.reset().run();
            }
            return workload.runAll(target, settings);
        } catch (RuntimeException e) {
            e.printStackTrace();
            return List.of(WorkloadResult.aborted(workload.name(), target.name(), e));
        }
    }

    static List<Workload> selected(BenchSettings settings) {
        return settings.list("workloads").stream()
                .map(name -> {
                    Workload workload = ALL.get(name.toUpperCase());
                    if (workload == null) {
                        throw new IllegalArgumentException("unknown workload " + name + "; known: " + ALL.keySet());
                    }
                    return workload;
                })
                .toList();
    }
}
