package io.inventoryledger.app.history;

import io.inventoryledger.projections.history.HistoryFilter;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.BindParam;

/** The query values of a provider's or consumer's history page, as given; {@link #filter()} checks them. */
record HistoryQuery(
        String limit,
        String marker,
        String since,
        String until,

        @BindParam("request_id") @Parameter(name = "request_id")
        String requestId) {

    /** The page asked for; a bad value is a 400 with its own code ({@link HistoryParams}). */
    HistoryFilter filter() {
        return new HistoryFilter(
                HistoryParams.after(marker),
                HistoryParams.instant("since", since),
                HistoryParams.instant("until", until),
                requestId,
                HistoryParams.limit(limit));
    }
}
