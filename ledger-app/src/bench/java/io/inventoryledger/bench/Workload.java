package io.inventoryledger.bench;

/** One scheduler workload; runs against any {@link Target} that was just emptied. */
interface Workload {
    /** "W1 claim storm", ... */
    String name();

    WorkloadResult run(Target target, BenchSettings settings);
}
