package io.inventoryledger.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The request's ids in the logging context (MDC) while it is handled, so that every log line of a request
 * names it: {@code request_id} (ours, as in {@code openstack-request-id}) and {@code global_request_id} (the
 * caller's {@code X-OpenStack-Request-ID}, when it has oslo.middleware's form {@code req-<uuid>}; then also a
 * request attribute, which commands copy into their events' metadata).
 */
final class RequestLogContext implements AutoCloseable {
    static final String REQUEST_ID = "request_id";
    static final String GLOBAL_REQUEST_ID = "global_request_id";
    private static final Pattern GLOBAL_ID =
            Pattern.compile("req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RequestLogContext() {}

    static RequestLogContext open(HttpServletRequest request, String requestId) {
        MDC.put(REQUEST_ID, requestId);
        String global = request.getHeader("X-OpenStack-Request-ID");
        if (global != null && GLOBAL_ID.matcher(global).matches()) {
            MDC.put(GLOBAL_REQUEST_ID, global);
            request.setAttribute(PlacementRequest.GLOBAL_REQUEST_ID, global);
        }
        return new RequestLogContext();
    }

    @Override
    public void close() {
        MDC.remove(REQUEST_ID);
        MDC.remove(GLOBAL_REQUEST_ID);
    }
}
