package io.inventoryledger.app.readmodel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route that reads a read model kept by an asynchronous processor: before it runs, the request waits until that
 * processor has applied every event the store held when the request came in ({@link ReadModelWait}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AwaitsReadModel {
    /** The processing group of the read model the route reads. */
    String value();
}
