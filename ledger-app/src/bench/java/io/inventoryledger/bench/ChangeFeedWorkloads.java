package io.inventoryledger.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * W6 history, the change feed's parts ({@code workloads=W6F}, parts {@code w6.feed-parts}: feed, sse, chain), each a
 * workload of its own that skips itself when not listed. (Kept apart from W6's time-travel part so that both could be
 * built at once; one W6 in the end.)
 */
final class ChangeFeedWorkloads implements Workload {
    private final List<Workload> parts = List.of(new ChangeFeedExport(), new ChangeStreamLag(), new ChainLinkCost());

    @Override
    public String name() {
        return "W6 history (change feed)";
    }

    @Override
    public WorkloadResult run(Target target, BenchSettings settings) {
        throw new UnsupportedOperationException("one row per part: runAll");
    }

    @Override
    public List<WorkloadResult> runAll(Target target, BenchSettings settings) {
        List<WorkloadResult> results = new ArrayList<>();
        for (Workload part : parts) {
            try {
                results.addAll(part.runAll(target, settings));
            } catch (RuntimeException e) {
                e.printStackTrace();
                results.add(WorkloadResult.aborted(part.name(), target.name(), e));
            }
        }
        return results;
    }
}
