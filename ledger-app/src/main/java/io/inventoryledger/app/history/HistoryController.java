package io.inventoryledger.app.history;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyRule;
import io.inventoryledger.projections.history.HistoryEntry;
import io.inventoryledger.projections.history.HistoryFilter;
import io.inventoryledger.projections.history.HistoryQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit history: every change of a provider or consumer (all incarnations of its uuid) with its diff, time,
 * request ids, principal and node; and everything one request changed. See docs/audit.md.
 */
@RestController
class HistoryController {
    private final HistoryQueries history;

    HistoryController(HistoryQueries history) {
        this.history = history;
    }

    /** 200 with a page of the provider's history; 400 bad marker, limit or instant; 404 never a provider's uuid. */
    @PolicyRule(PlacementRules.HISTORY_PROVIDERS)
    @GetMapping(value = "/ledger/history/resource_providers/{uuid}", produces = "application/json")
    Map<String, Object> provider(@PathVariable String uuid, @ParameterObject HistoryQuery query) {
        return page("resource_provider", uuid, history::provider, query.filter());
    }

    /** 200 with a page of the consumer's history; 400 bad marker, limit or instant; 404 never a consumer's uuid. */
    @PolicyRule(PlacementRules.HISTORY_CONSUMERS)
    @GetMapping(value = "/ledger/history/consumers/{uuid}", produces = "application/json")
    Map<String, Object> consumer(@PathVariable String uuid, @ParameterObject HistoryQuery query) {
        return page("consumer", uuid, history::consumer, query.filter());
    }

    /** 200 with every change made in the request (our request id or the caller's global one); 404 none. */
    @PolicyRule(PlacementRules.HISTORY_REQUESTS)
    @GetMapping(value = "/ledger/history/requests/{id}", produces = "application/json")
    Map<String, Object> request(@PathVariable String id) {
        List<HistoryEntry> changes = history.request(id);
        if (changes.isEmpty()) {
            throw HistoryParams.notFound("request " + id);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("request_id", id);
        json.put("changes", HistoryJson.entries(changes));
        return json;
    }

    private static Map<String, Object> page(
            String kind, String uuid, Function<UUID, Optional<List<HistoryEntry>>> read, HistoryFilter filter) {
        UUID parsed = HistoryParams.uuid(uuid, kind);
        List<HistoryEntry> entries = read.apply(parsed).orElseThrow(() -> HistoryParams.notFound(kind + " " + uuid));
        HistoryFilter.HistoryPage page = filter.page(entries);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(kind + "_uuid", parsed.toString());
        json.put("entries", HistoryJson.entries(page.entries()));
        String next = HistoryParams.marker(page.continueAfter());
        if (next != null) {
            json.put("next_marker", next);
        }
        return json;
    }
}
