package io.inventoryledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The load driver alone, against any local Placement-compatible base URL ({@code url=http://127.0.0.1:8778}, and
 * {@code token=...} for a Keystone token instead of noauth2's "admin"); it
 * neither starts nor resets the server (every run names its providers afresh), so W4 is not available here.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>();
        String url = null;
        String token = "admin";
        for (String arg : args) {
            if (arg.startsWith("url=")) {
                url = arg.substring(4);
            } else if (arg.startsWith("token=")) {
                token = arg.substring(6);
            } else {
                rest.add(arg);
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("give url=http://127.0.0.1:PORT");
        }
        BenchSettings settings = BenchSettings.from(rest.toArray(String[]::new));
        Target target = new Target(
                url,
                new PlacementHttp(url, settings.text("microversion"), Duration.ofSeconds(60), token),
                () -> {},
                () -> {},
                Optional.empty());
        List<WorkloadResult> results = new ArrayList<>();
        for (Workload workload : Workloads.selected(settings)) {
            for (WorkloadResult result : Workloads.runSafely(workload, target, settings)) {
                results.add(result);
                System.out.print(Report.detail(result));
            }
        }
        System.out.println();
        System.out.println(Report.table(results, List.of(url)));
    }
}
