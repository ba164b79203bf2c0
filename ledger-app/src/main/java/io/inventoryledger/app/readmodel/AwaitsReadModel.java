package io.inventoryledger.app.readmodel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route that reads a read model kept by an asynchronous processor: before it runs, a request of a caller who wrote
 * recently ({@link RecentWriters}) waits until that processor has applied every event the store held when the request
 * came in ({@link ReadModelWait}); anyone else's is answered at once, saying its lag.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AwaitsReadModel {
    /** The processing group of the read model the route reads. */
    String value();
}
