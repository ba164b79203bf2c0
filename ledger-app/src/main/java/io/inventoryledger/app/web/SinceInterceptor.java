package io.inventoryledger.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** The one place where routes are switched on by microversion ({@link Since}). */
class SinceInterceptor implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Since since = method.getMethodAnnotation(Since.class);
        if (since == null) {
            since = method.getBeanType().getAnnotation(Since.class);
        }
        Microversion version = PlacementRequest.microversion(request);
        if (since != null && version != null && !version.isAtLeast(since.value())) {
            HttpStatus status = HttpStatus.valueOf(since.belowStatus());
            throw new PlacementHttpException(
                    status,
                    status == HttpStatus.NOT_FOUND ? "" : "The method specified is not allowed for this resource.");
        }
        return true;
    }
}
