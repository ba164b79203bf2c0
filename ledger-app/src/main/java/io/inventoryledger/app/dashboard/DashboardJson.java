package io.inventoryledger.app.dashboard;

import io.inventoryledger.projections.dashboard.DashboardFigures;
import io.inventoryledger.projections.dashboard.DashboardQueries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard API's JSON shapes (snake_case, as Placement's). */
final class DashboardJson {
    private DashboardJson() {}

    static List<Map<String, Object>> figures(List<DashboardFigures> figures) {
        return figures.stream().map(DashboardJson::figures).toList();
    }

    static Map<String, Object> figures(DashboardFigures f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("resource_class", f.resourceClass());
        json.put("providers", f.providers());
        json.put("total", f.total());
        json.put("reserved", f.reserved());
        json.put("capacity", f.capacity());
        json.put("used", f.used());
        json.put("free", f.free());
        return json;
    }

    static List<Map<String, Object>> groups(List<DashboardQueries.Group> groups) {
        return groups.stream()
                .map(g -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("uuid", g.key());
                    if (g.name() != null) {
                        json.put("name", g.name());
                    }
                    json.put("classes", figures(g.classes()));
                    return json;
                })
                .toList();
    }

    static List<Map<String, Object>> owners(List<DashboardQueries.OwnerUsage> rows) {
        return rows.stream()
                .map(r -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("id", r.ownerId());
                    json.put("resource_class", r.resourceClass());
                    json.put("used", r.used());
                    json.put("consumers", r.consumers());
                    return json;
                })
                .toList();
    }

    static List<Map<String, Object>> distribution(long[] counts) {
        List<Map<String, Object>> buckets = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("from_percent", i * 10);
            json.put("to_percent", i == counts.length - 1 ? null : (i + 1) * 10);
            json.put("providers", counts[i]);
            buckets.add(json);
        }
        return buckets;
    }

    static List<Map<String, Object>> fills(List<DashboardQueries.ProviderFill> rows) {
        return rows.stream()
                .map(r -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("uuid", r.uuid().toString());
                    json.put("name", r.name());
                    json.put("capacity", r.capacity());
                    json.put("used", r.used());
                    json.put("fill_percent", r.fillPermille() / 10.0);
                    return json;
                })
                .toList();
    }

    static List<Map<String, Object>> activity(List<DashboardQueries.ProviderActivity> rows, int minutes) {
        return rows.stream()
                .map(r -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("uuid", r.uuid().toString());
                    json.put("name", r.name());
                    json.put("claims", r.claims());
                    json.put("releases", r.releases());
                    json.put("per_minute", (r.claims() + r.releases()) / (double) minutes);
                    return json;
                })
                .toList();
    }

    static List<Map<String, Object>> points(List<DashboardQueries.Point> points) {
        return points.stream()
                .map(p -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("start", p.start().toString());
                    json.put("used", p.used());
                    return json;
                })
                .toList();
    }

    static Map<String, Object> page(String name, List<Map<String, Object>> items, int offset, int limit, boolean more) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(name, items);
        json.put("offset", offset);
        json.put("limit", limit);
        json.put("next_offset", more ? offset + limit : null);
        return json;
    }
}
