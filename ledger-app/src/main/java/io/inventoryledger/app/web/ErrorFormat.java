package io.inventoryledger.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** How webob picks an error's format: the better of text/html and application/json, else plain text. */
enum ErrorFormat {
    HTML,
    JSON,
    PLAIN;

    private static final List<MediaType> OFFERS = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);

    static ErrorFormat of(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank() || accept.trim().equals("*/*")) {
            // as NormalizedRequest: refusals made before it wrapped the request (Tomcat's) answer alike
            return JSON;
        }
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            return PLAIN;
        }
        MediaType best = null;
        double bestQuality = 0;
        for (MediaType offer : OFFERS) {
            double quality = wanted.stream()
                    .filter(w -> w.includes(offer))
                    .max(Comparator.comparingInt(w -> specificity(w)))
                    .map(MediaType::getQualityValue)
                    .orElse(0.0);
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        if (best == null) {
            return PLAIN;
        }
        return best.equals(MediaType.TEXT_HTML) ? HTML : JSON;
    }

    private static int specificity(MediaType type) {
        return (type.isWildcardType() ? 0 : 2) + (type.isWildcardSubtype() ? 0 : 1);
    }
}
