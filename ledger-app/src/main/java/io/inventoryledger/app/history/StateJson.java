package io.inventoryledger.app.history;

import io.inventoryledger.app.provider.ProviderJson;
import io.inventoryledger.projections.history.ConsumerSnapshot;
import io.inventoryledger.projections.history.ProviderSnapshot;
import io.inventoryledger.projections.history.ProviderState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;

/** Past states in the shapes of Placement's own answers (provider, inventories, usages, traits, aggregates). */
final class StateJson {
    private StateJson() {}

    static Map<String, Object> provider(ProviderState state) {
        ProviderSnapshot s = state.snapshot();
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("uuid", state.uuid().toString());
        provider.put("name", s.name());
        provider.put("generation", state.generation());
        provider.put(
                "parent_provider_uuid", s.parent() == null ? null : s.parent().toString());
        provider.put("root_provider_uuid", state.root().toString());
        Map<String, Object> inventories = new LinkedHashMap<>();
        s.inventories().forEach((rc, inv) -> inventories.put(rc, ProviderJson.inventory(inv)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("resource_provider", provider);
        json.put("inventories", inventories);
        json.put("usages", state.usages());
        json.put("traits", s.traits());
        json.put("aggregates", s.aggregates().stream().map(UUID::toString).toList());
        json.put("incarnation", s.incarnation());
        json.put("position", state.position());
        json.put("time", state.time().toString());
        return json;
    }

    /** As GET /allocations/{consumer} (1.38), with each provider's generation at that point. */
    static Map<String, Object> consumer(ConsumerSnapshot state, ToLongFunction<UUID> providerGeneration) {
        Map<String, Object> allocations = new LinkedHashMap<>();
        state.allocations().forEach((provider, resources) -> {
            Map<String, Object> held = new LinkedHashMap<>();
            held.put("generation", providerGeneration.applyAsLong(provider));
            held.put("resources", resources);
            allocations.put(provider.toString(), held);
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("allocations", allocations);
        if (!allocations.isEmpty()) {
            json.put("consumer_generation", state.generation());
            json.put("project_id", state.projectId());
            json.put("user_id", state.userId());
            json.put("consumer_type", state.consumerType());
        }
        json.put("incarnation", state.incarnation());
        json.put("position", state.position());
        return json;
    }
}
