package io.inventoryledger.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one workload measured on one target: the headline rate (e.g. successful claims/s), the requests that make it
 * (primary) and any others, the verdict, and extra figures (e.g. W4's seconds).
 */
record WorkloadResult(
        String workload,
        String target,
        double rate,
        String rateUnit,
        OpStats primary,
        List<OpStats> others,
        Verdict verdict,
        Map<String, String> extras) {

    static WorkloadResult unavailable(String workload, String target, String why) {
        return new WorkloadResult(
                workload, target, Double.NaN, "", null, List.of(), Verdict.notAvailable(why), new LinkedHashMap<>());
    }

    /** A run that broke off (setup refused, server gone): a FAIL that says why, so the other runs still happen. */
    static WorkloadResult aborted(String workload, String target, RuntimeException failure) {
        return new WorkloadResult(
                workload,
                target,
                0,
                "",
                new OpStats("-"),
                List.of(),
                Verdict.fail("aborted: " + failure.getMessage()),
                new LinkedHashMap<>());
    }

    boolean measured() {
        return verdict.outcome() != Verdict.Outcome.NOT_AVAILABLE;
    }
}
