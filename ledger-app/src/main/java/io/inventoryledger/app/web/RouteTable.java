package io.inventoryledger.app.web;

import java.util.List;
import java.util.Optional;

/**
 * Placement's route declarations (placement/handler.py): every path the API knows and the methods
 * it answers, in Placement's order. A known path asked with another method is a 405 whose Allow
 * header comes from here, whichever controller serves the route; an unknown path is a 404.
 */
public final class RouteTable {
    public record Route(String template, List<String> methods) {
        boolean matches(String[] segments) {
            String[] parts = split(template);
            if (parts.length != segments.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                boolean variable = parts[i].startsWith("{");
                if (variable ? segments[i].isEmpty() : !parts[i].equals(segments[i])) {
                    return false;
                }
            }
            return true;
        }

        public String allow() {
            return String.join(", ", methods);
        }
    }

    public static final List<Route> PLACEMENT = List.of(
            new Route("/", List.of("GET")),
            new Route("/resource_classes", List.of("GET", "POST")),
            new Route("/resource_classes/{name}", List.of("GET", "PUT", "DELETE")),
            new Route("/resource_providers", List.of("GET", "POST")),
            new Route("/resource_providers/{uuid}", List.of("GET", "DELETE", "PUT")),
            new Route("/resource_providers/{uuid}/inventories", List.of("GET", "POST", "PUT", "DELETE")),
            new Route("/resource_providers/{uuid}/inventories/{resource_class}", List.of("GET", "PUT", "DELETE")),
            new Route("/resource_providers/{uuid}/usages", List.of("GET")),
            new Route("/resource_providers/{uuid}/aggregates", List.of("GET", "PUT")),
            new Route("/resource_providers/{uuid}/allocations", List.of("GET")),
            new Route("/allocations", List.of("POST")),
            new Route("/allocations/{consumer_uuid}", List.of("GET", "PUT", "DELETE")),
            new Route("/allocation_candidates", List.of("GET")),
            new Route("/traits", List.of("GET")),
            new Route("/traits/{name}", List.of("GET", "PUT", "DELETE")),
            new Route("/resource_providers/{uuid}/traits", List.of("GET", "PUT", "DELETE")),
            new Route("/usages", List.of("GET")),
            new Route("/reshaper", List.of("POST")));

    /** Paths of our own extensions, served by Spring's own mapping rather than this table. */
    static final String EXTENSIONS = "/ledger/";

    private RouteTable() {}

    public static Optional<Route> find(String path) {
        String[] segments = split(path.isEmpty() ? "/" : path);
        return PLACEMENT.stream().filter(route -> route.matches(segments)).findFirst();
    }

    private static String[] split(String path) {
        // "/a/b" -> ["a", "b"]; "/" -> []; a trailing slash leaves an empty last segment, which matches nothing
        return path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
    }
}
