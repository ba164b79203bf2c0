package io.inventoryledger.app.web;

import io.inventoryledger.core.error.ErrorCodes;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Refusals made by Tomcat itself, before the application sees the request (an unreadable
 * Content-Length, for one), answered in Placement's error shape instead of Tomcat's HTML page.
 */
public class TomcatErrorValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String detail = "";
        String length = request.getHeader("Content-Length");
        if (status == 400 && length != null && !length.trim().matches("\\d+")) {
            detail = "content-length header must be an integer";
        }
        try {
            response.resetBuffer();
            if (PlacementRequest.requestId(request) == null) {
                String requestId = "req-" + java.util.UUID.randomUUID();
                request.setAttribute(PlacementRequest.REQUEST_ID, requestId);
                response.setHeader("openstack-request-id", requestId);
            }
            ErrorBodies.write(
                    request, response, known == null ? HttpStatus.BAD_REQUEST : known, ErrorCodes.DEFAULT, detail);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is already gone; Tomcat closes it
        }
    }
}
