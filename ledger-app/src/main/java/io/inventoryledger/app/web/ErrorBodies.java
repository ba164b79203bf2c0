package io.inventoryledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Placement's error body: {"errors":[{"status","title","detail","code","request_id"}]}. */
public final class ErrorBodies {
    private ErrorBodies() {
    }

    public static Map<String, Object> body(HttpServletRequest request, HttpStatus status, String code, String detail) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status.value());
        error.put("title", status.getReasonPhrase());
        error.put("detail", detail == null || detail.isBlank() ? status.getReasonPhrase() : detail);
        Microversion version = PlacementRequest.microversion(request);
        if (version != null && version.compareTo(Microversion.ERROR_CODES) >= 0) {
            error.put("code", code);
        }
        String requestId = PlacementRequest.requestId(request);
        if (requestId != null) {
            error.put("request_id", requestId);
        }
        if (status == HttpStatus.NOT_ACCEPTABLE && version == null) {
            error.put("max_version", Microversion.MAX.toString());
            error.put("min_version", Microversion.MIN.toString());
        }
        return Map.of("errors", List.of(error));
    }

    /** Writes an error directly, for refusals made before Spring MVC is reached. */
    static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                      String code, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body(request, status, code, detail));
    }
}
