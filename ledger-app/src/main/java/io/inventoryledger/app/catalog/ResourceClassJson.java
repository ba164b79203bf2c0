package io.inventoryledger.app.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A resource class as Placement renders it. */
final class ResourceClassJson {
    private ResourceClassJson() {}

    static String location(String name) {
        return "/resource_classes/" + name;
    }

    static Map<String, Object> of(String name) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("links", List.of(Map.of("rel", "self", "href", location(name))));
        return json;
    }
}
