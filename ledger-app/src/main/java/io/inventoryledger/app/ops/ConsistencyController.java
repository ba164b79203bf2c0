package io.inventoryledger.app.ops;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyRule;
import io.inventoryledger.projections.consistency.ConsistencyReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /ledger/ops/consistency: the operator's check that the ledger adds up (admin only). */
@RestController
class ConsistencyController {
    private final ConsistencyVerdict verdict;

    ConsistencyController(ConsistencyVerdict verdict) {
        this.verdict = verdict;
    }

    /**
     * 200 with the report ({@code consistent} says whether all is well; each problem has a {@code kind}, the
     * {@code subject} provider or consumer and a {@code detail}); 403 for non-admins.
     */
    @PolicyRule(PlacementRules.LEDGER_CONSISTENCY)
    @GetMapping(value = "/ledger/ops/consistency", produces = "application/json")
    Map<String, Object> consistency() {
        ConsistencyReport report = verdict.run();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("consistent", report.consistent());
        json.put("providers_checked", report.providersChecked());
        json.put("consumers_checked", report.consumersChecked());
        json.put("problems", problems(report.problems()));
        json.put("over_capacity", problems(report.overCapacity()));
        return json;
    }

    private static List<Map<String, String>> problems(List<ConsistencyReport.Problem> problems) {
        return problems.stream()
                .map(p -> Map.of(
                        "kind", p.kind().name().toLowerCase(Locale.ROOT),
                        "subject", p.subject(),
                        "detail", p.detail()))
                .toList();
    }
}
