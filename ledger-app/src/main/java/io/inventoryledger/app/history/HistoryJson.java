package io.inventoryledger.app.history;

import io.inventoryledger.app.provider.ProviderJson;
import io.inventoryledger.projections.history.AllocationChange;
import io.inventoryledger.projections.history.Change;
import io.inventoryledger.projections.history.Diff;
import io.inventoryledger.projections.history.EventContext;
import io.inventoryledger.projections.history.HistoryEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** History entries as JSON: snake_case, the parts of a diff that changed only, inventories as Placement shows them. */
final class HistoryJson {
    private HistoryJson() {}

    static Map<String, Object> entry(HistoryEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("position", entry.position());
        json.put("subject", entry.subject().name().toLowerCase(Locale.ROOT));
        if (entry.uuid() != null) {
            json.put("uuid", entry.uuid().toString());
        }
        json.put("incarnation", entry.incarnation());
        json.put("generation", entry.generation());
        json.put("action", entry.action());
        json.put("stream", entry.streamId());
        json.put("time", entry.time().toString());
        EventContext context = entry.context();
        json.put("request_id", context.requestId());
        json.put("global_request_id", context.globalRequestId());
        Map<String, Object> principal = new LinkedHashMap<>();
        principal.put("user_id", context.userId());
        principal.put("project_id", context.projectId());
        principal.put("roles", context.roles());
        principal.put("service_user_id", context.serviceUserId());
        json.put("principal", principal);
        json.put("node", context.node());
        json.put("diff", diff(entry.diff()));
        return json;
    }

    static List<Map<String, Object>> entries(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryJson::entry).toList();
    }

    private static Map<String, Object> diff(Diff diff) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (!diff.inventories().isEmpty()) {
            Map<String, Object> inventories = new LinkedHashMap<>();
            diff.inventories().forEach((rc, change) -> inventories.put(rc, change(change, ProviderJson::inventory)));
            json.put("inventories", inventories);
        }
        if (!diff.allocations().isEmpty()) {
            List<Map<String, Object>> allocations = new ArrayList<>();
            for (AllocationChange change : diff.allocations()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("resource_provider_uuid", change.resourceProvider().toString());
                row.put("consumer_uuid", change.consumer().toString());
                row.put("resource_class", change.resourceClass());
                row.put("before", change.before());
                row.put("after", change.after());
                allocations.add(row);
            }
            json.put("allocations", allocations);
        }
        if (!diff.usages().isEmpty()) {
            Map<String, Object> usages = new LinkedHashMap<>();
            diff.usages().forEach((rc, change) -> usages.put(rc, change(change, used -> used)));
            json.put("usages", usages);
        }
        putSet(json, "traits", diff.traits());
        putSet(json, "aggregates", diff.aggregates());
        putChange(json, "name", diff.name());
        putChange(json, "parent_provider_uuid", diff.parentProviderUuid());
        putChange(json, "project_id", diff.projectId());
        putChange(json, "user_id", diff.userId());
        putChange(json, "consumer_type", diff.consumerType());
        return json;
    }

    private static void putSet(Map<String, Object> json, String key, Diff.SetChange change) {
        if (change != null) {
            json.put(key, Map.of("added", change.added(), "removed", change.removed()));
        }
    }

    private static void putChange(Map<String, Object> json, String key, Change<?> change) {
        if (change != null) {
            json.put(key, change(change, value -> value == null ? null : value.toString()));
        }
    }

    private static <T> Map<String, Object> change(Change<T> change, Function<? super T, Object> render) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("before", change.before() == null ? null : render.apply(change.before()));
        json.put("after", change.after() == null ? null : render.apply(change.after()));
        return json;
    }
}
