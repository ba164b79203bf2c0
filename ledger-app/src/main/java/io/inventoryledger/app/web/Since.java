package io.inventoryledger.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The microversion from which a route exists: below it, the route answers 404 as if unknown
 * (or {@link #belowStatus()} where Placement answers otherwise).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Since {
    /** The minor version of 1.x. */
    int value();

    int belowStatus() default 404;
}
