package io.inventoryledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.inventoryledger.core.error.ErrorCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * Placement's error responses, as its webob exceptions render them: JSON
 * {"errors":[{"status","title","detail","code","request_id"}]} (code from 1.23), or HTML or plain
 * text when the Accept header prefers those; the detail is webob's explanation plus ours.
 */
public final class ErrorBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {}

    /** 405 with Placement's wording; {@code allow} (the route's methods) in the Allow header when known. */
    public static void methodNotAllowed(HttpServletRequest request, HttpServletResponse response, String allow)
            throws IOException {
        if (allow != null) {
            response.setHeader(HttpHeaders.ALLOW, allow);
        }
        write(
                request,
                response,
                HttpStatus.METHOD_NOT_ALLOWED,
                ErrorCodes.DEFAULT,
                "The method specified is not allowed for this resource.");
    }

    /** Writes an error response; every refusal of the service goes through here. */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        String body = webobBody(request, status, detail == null ? "" : detail, false);
        response.setStatus(status.value());
        byte[] bytes;
        switch (ErrorFormat.of(request)) {
            case HTML -> {
                response.setContentType("text/html; charset=UTF-8");
                String html = webobBody(request, status, detail == null ? "" : detail, true);
                bytes = ("<html>\n <head>\n  <title>" + statusLine(status) + "</title>\n </head>\n" + " <body>\n  <h1>"
                                + statusLine(status) + "</h1>\n  " + html + "\n </body>\n</html>")
                        .getBytes(StandardCharsets.UTF_8);
            }
            case PLAIN -> {
                response.setContentType("text/plain; charset=UTF-8");
                bytes = (statusLine(status) + "\n\n" + stripTags(body)).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                bytes = JSON.writeValueAsBytes(body(request, status, code, stripTags(body)));
            }
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The JSON error document, with {@code detail} as given. */
    public static Map<String, Object> body(HttpServletRequest request, HttpStatus status, String code, String detail) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status.value());
        error.put("title", title(status));
        error.put("detail", detail);
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

    static String title(HttpStatus status) {
        return status == HttpStatus.PAYLOAD_TOO_LARGE ? "Request Entity Too Large" : status.getReasonPhrase();
    }

    private static String statusLine(HttpStatus status) {
        return status.value() + " " + title(status);
    }

    /** webob's body template: an explanation per status, then the detail. */
    private static String webobBody(HttpServletRequest request, HttpStatus status, String detail, boolean html) {
        String d = html ? HtmlUtils.htmlEscape(detail) : detail;
        return switch (status) {
            case METHOD_NOT_ALLOWED ->
                "The method " + request.getMethod() + " is not allowed for this resource. <br /><br />\n" + d;
            case NOT_ACCEPTABLE ->
                "The resource could not be generated that was acceptable to your browser\n" + "(content of type "
                        + String.valueOf(request.getHeader("Accept")) + ". <br /><br />\n" + d;
            case UNSUPPORTED_MEDIA_TYPE ->
                "The request media type " + String.valueOf(request.getContentType())
                        + " is not supported by this server.\n<br /><br />\n" + d;
            default -> explanation(status) + "<br /><br />\n" + d + "\n\n";
        };
    }

    private static String explanation(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST ->
                "The server could not comply with the request since it is either malformed or "
                        + "otherwise incorrect.";
            case UNAUTHORIZED ->
                "This server could not verify that you are authorized to access the document you "
                        + "requested. Either you supplied the wrong credentials (e.g., bad password), or your browser "
                        + "does not understand how to supply the credentials required.";
            case FORBIDDEN -> "Access was denied to this resource.";
            case NOT_FOUND -> "The resource could not be found.";
            case CONFLICT -> "There was a conflict when trying to complete your request.";
            case PAYLOAD_TOO_LARGE -> "The body of your request was too large for this server.";
            case INTERNAL_SERVER_ERROR ->
                "The server has either erred or is incapable of performing the requested " + "operation.";
            default -> "";
        };
    }

    /** webob.exc.strip_tags: newlines become blanks, breaks become newlines, tags go. */
    private static String stripTags(String body) {
        return body.replace("\n", " ")
                .replace("\r", "")
                .replaceAll("<br(?:\\s*/)?>", "\n")
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("<[^>]*>", "");
    }
}
