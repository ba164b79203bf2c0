package io.inventoryledger.app.readmodel;

import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.PlacementRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Notes who writes ({@link RecentWriters}), and makes the routes marked {@link AwaitsReadModel} wait for their read
 * model when their caller wrote recently. An answer that may not show everything committed carries
 * {@value #LAG_HEADER}: how many events of the store it may not show yet.
 */
public final class ReadModelWaitInterceptor implements HandlerInterceptor {
    public static final String LAG_HEADER = "Ledger-Read-Model-Lag";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ReadModelWait wait;
    private final RecentWriters writers;

    public ReadModelWaitInterceptor(ReadModelWait wait, RecentWriters writers) {
        this.wait = wait;
        this.writers = writers;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Caller caller = PlacementRequest.caller(request);
        if (!READS.contains(request.getMethod())) {
            writers.writing(caller);
            return true;
        }
        AwaitsReadModel awaits = method.getMethodAnnotation(AwaitsReadModel.class);
        if (awaits == null) {
            awaits = method.getBeanType().getAnnotation(AwaitsReadModel.class);
        }
        if (awaits != null) {
            long lag = writers.wroteRecently(caller) ? wait.awaitHead(awaits.value()) : wait.lag(awaits.value());
            if (lag > 0) {
                response.setHeader(LAG_HEADER, Long.toString(lag));
            }
        }
        return true;
    }
}
