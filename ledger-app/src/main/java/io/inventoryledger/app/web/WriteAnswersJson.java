package io.inventoryledger.app.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Placement checks Accept on reads only (util.check_accept); a write answers JSON whatever Accept says. Negotiating
 * a write's body would also come too late: the response is written after the write committed, so a 406 then would
 * report as refused a change that was stored.
 */
final class WriteAnswersJson implements ContentNegotiationStrategy {
    private final HeaderContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        String method = request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod()
                : "GET";
        if (method.equals("GET") || method.equals("HEAD")) {
            return header.resolveMediaTypes(request);
        }
        return List.of(MediaType.APPLICATION_JSON);
    }
}
