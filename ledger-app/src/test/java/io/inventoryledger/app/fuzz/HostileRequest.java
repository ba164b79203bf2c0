package io.inventoryledger.app.fuzz;

import java.util.Map;

/** One generated request: method, path with query, headers, and a body (null: none). */
record HostileRequest(String method, String pathAndQuery, Map<String, String> headers, String body) {
    boolean isWrite() {
        return !method.equals("GET");
    }

    /** Whether the caller asked for JSON (errors are then Placement's JSON document). */
    boolean acceptsJson() {
        String accept = headers.get("Accept");
        return accept == null || accept.equals("application/json") || accept.equals("*/*");
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
        return method + " " + pathAndQuery + " " + headers + " " + shown;
    }
}
