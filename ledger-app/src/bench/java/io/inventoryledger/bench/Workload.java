package io.inventoryledger.bench;

/** One scheduler workload; runs against any {@link Target} that was just emptied. */
interface Workload {
    /** "W1 claim storm", ... */
    String name();

    WorkloadResult run(Target target, BenchSettings settings);

    /** Workloads that measure several rows (W5: per fleet and client count) return them all. */
    default java.util.List<WorkloadResult> runAll(Target target, BenchSettings settings) {
        return java.util.List.of(run(target, settings));
    }

    /** Whether the workload empties the target itself, when it needs to (W5 reuses a fleet already there). */
    default boolean resetsItself() {
        return false;
    }
}
