package io.inventoryledger.app.readmodel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Makes the routes marked {@link AwaitsReadModel} wait for their read model; when the wait runs out the answer is
 * given anyway, with {@value #LAG_HEADER} saying how many events of the store it may not show yet.
 */
public final class ReadModelWaitInterceptor implements HandlerInterceptor {
    public static final String LAG_HEADER = "Ledger-Read-Model-Lag";

    private final ReadModelWait wait;

    public ReadModelWaitInterceptor(ReadModelWait wait) {
        this.wait = wait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        AwaitsReadModel awaits = method.getMethodAnnotation(AwaitsReadModel.class);
        if (awaits == null) {
            awaits = method.getBeanType().getAnnotation(AwaitsReadModel.class);
        }
        if (awaits != null) {
            long lag = wait.awaitHead(awaits.value());
            if (lag > 0) {
                response.setHeader(LAG_HEADER, Long.toString(lag));
            }
        }
        return true;
    }
}
