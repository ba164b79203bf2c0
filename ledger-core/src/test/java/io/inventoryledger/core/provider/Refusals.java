package io.inventoryledger.core.provider;

import static org.hamcrest.Matchers.containsString;

import io.inventoryledger.core.error.InvalidRequestException;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** Refusals the provider aggregates' tests expect in the same way. */
final class Refusals {
    private Refusals() {}

    /** From no prior activity, {@code command} is refused as a bad request whose message contains {@code message}. */
    static void refusedAsInvalid(AggregateTestFixture<?> fixture, Object command, String message) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(InvalidRequestException.class)
                .expectExceptionMessage(containsString(message));
    }
}
