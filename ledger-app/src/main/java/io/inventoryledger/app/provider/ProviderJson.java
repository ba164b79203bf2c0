package io.inventoryledger.app.provider;

import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.projections.provider.InventoryRow;
import io.inventoryledger.projections.provider.ProviderRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Provider and inventory representations as Placement renders them at each microversion. */
public final class ProviderJson {
    private ProviderJson() {}

    static Map<String, Object> provider(ProviderRow row, Microversion version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("uuid", row.uuid().toString());
        json.put("name", row.name());
        json.put("generation", row.generation());
        if (version.isAtLeast(14)) {
            json.put(
                    "parent_provider_uuid",
                    row.parentUuid() == null ? null : row.parentUuid().toString());
            json.put("root_provider_uuid", row.rootUuid().toString());
        }
        json.put("links", links(row, version));
        return json;
    }

    private static List<Map<String, String>> links(ProviderRow row, Microversion version) {
        String self = "/resource_providers/" + row.uuid();
        List<Map<String, String>> links = new ArrayList<>();
        links.add(link("self", self));
        links.add(link("inventories", self + "/inventories"));
        links.add(link("usages", self + "/usages"));
        if (version.isAtLeast(1)) {
            links.add(link("aggregates", self + "/aggregates"));
        }
        if (version.isAtLeast(6)) {
            links.add(link("traits", self + "/traits"));
        }
        if (version.isAtLeast(11)) {
            links.add(link("allocations", self + "/allocations"));
        }
        return links;
    }

    private static Map<String, String> link(String rel, String href) {
        Map<String, String> link = new LinkedHashMap<>();
        link.put("rel", rel);
        link.put("href", href);
        return link;
    }

    public static Map<String, Object> inventory(Inventory inv) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("allocation_ratio", inv.allocationRatio());
        json.put("max_unit", inv.maxUnit());
        json.put("min_unit", inv.minUnit());
        json.put("reserved", inv.reserved());
        json.put("step_size", inv.stepSize());
        json.put("total", inv.total());
        return json;
    }

    static Map<String, Object> inventories(long generation, List<InventoryRow> rows) {
        Map<String, Object> byClass = new LinkedHashMap<>();
        rows.forEach(row -> byClass.put(row.resourceClass(), inventory(row.inventory())));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inventories", byClass);
        json.put("resource_provider_generation", generation);
        return json;
    }
}
