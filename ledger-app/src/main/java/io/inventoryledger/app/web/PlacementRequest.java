package io.inventoryledger.app.web;

import jakarta.servlet.http.HttpServletRequest;

/** What the request filter learnt about the current request, kept as request attributes. */
public final class PlacementRequest {
    static final String REQUEST_ID = PlacementRequest.class.getName() + ".requestId";
    static final String GLOBAL_REQUEST_ID = PlacementRequest.class.getName() + ".globalRequestId";
    static final String MICROVERSION = PlacementRequest.class.getName() + ".microversion";
    static final String CALLER = PlacementRequest.class.getName() + ".caller";

    private PlacementRequest() {}

    public static String requestId(HttpServletRequest request) {
        return (String) request.getAttribute(REQUEST_ID);
    }

    /** The caller's {@code X-OpenStack-Request-ID} when it has oslo.middleware's form; null otherwise. */
    public static String globalRequestId(HttpServletRequest request) {
        return (String) request.getAttribute(GLOBAL_REQUEST_ID);
    }

    /** The requested microversion; null before it was parsed (or when it was invalid). */
    public static Microversion microversion(HttpServletRequest request) {
        return (Microversion) request.getAttribute(MICROVERSION);
    }

    public static Caller caller(HttpServletRequest request) {
        return (Caller) request.getAttribute(CALLER);
    }
}
