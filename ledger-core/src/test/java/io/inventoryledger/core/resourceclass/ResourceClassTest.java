package io.inventoryledger.core.resourceclass;

import static org.junit.jupiter.api.Named.named;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.resourceclass.ResourceClassCommand.CreateResourceClass;
import io.inventoryledger.core.resourceclass.ResourceClassCommand.DeleteResourceClass;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResourceClassTest {
    private AggregateTestFixture<ResourceClass> fixture;
    private boolean inUse;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResourceClass.class);
        fixture.registerInjectableResource((ResourceClassUsage) rc -> inUse);
    }

    @Test
    void createsACustomClass() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceClass("CUSTOM_GPU", true))
                .expectEvents(new ResourceClassCreated("CUSTOM_GPU"))
                .expectResultMessagePayload(true);
    }

    @Test
    void creatingAnExistingClassThatMustBeNewIsAConflict() {
        fixture.given(new ResourceClassCreated("CUSTOM_GPU"))
                .when(new CreateResourceClass("CUSTOM_GPU", true))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void verifyingAnExistingClassChangesNothing() {
        fixture.given(new ResourceClassCreated("CUSTOM_GPU"))
                .when(new CreateResourceClass("CUSTOM_GPU", false))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void refusesAStandardName() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceClass("VCPU", false))
                .expectException(InvalidRequestException.class)
                .expectNoEvents();
    }

    @ParameterizedTest(name = "refuses a custom name {0}")
    @MethodSource
    void refusesACustomName(String name) {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceClass(name, true))
                .expectException(InvalidRequestException.class)
                .expectNoEvents();
    }

    static Stream<Named<String>> refusesACustomName() {
        return Stream.of(
                named("in lower case", "CUSTOM_gpu"), named("longer than 255 characters", "CUSTOM_" + "G".repeat(249)));
    }

    @Test
    void deletesAnUnusedCustomClass() {
        fixture.given(new ResourceClassCreated("CUSTOM_GPU"))
                .when(new DeleteResourceClass("CUSTOM_GPU"))
                .expectEvents(new ResourceClassDeleted("CUSTOM_GPU"));
    }

    @Test
    void cannotDeleteAClassAnInventoryUses() {
        inUse = true;
        fixture.given(new ResourceClassCreated("CUSTOM_GPU"))
                .when(new DeleteResourceClass("CUSTOM_GPU"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void cannotDeleteAStandardClass() {
        fixture.givenNoPriorActivity()
                .when(new DeleteResourceClass("VCPU"))
                .expectException(InvalidRequestException.class);
    }

    @Test
    void deletingAClassThatWasDeletedIsNotFound() {
        fixture.given(new ResourceClassCreated("CUSTOM_GPU"), new ResourceClassDeleted("CUSTOM_GPU"))
                .when(new DeleteResourceClass("CUSTOM_GPU"))
                .expectException(NotFoundException.class);
    }

    @Test
    void aClassRenamedAwayCanBeCreatedAgain() {
        fixture.given(new ResourceClassCreated("CUSTOM_GPU"), new ResourceClassRenamed("CUSTOM_GPU", "CUSTOM_TPU"))
                .when(new CreateResourceClass("CUSTOM_GPU", true))
                .expectEvents(new ResourceClassCreated("CUSTOM_GPU"));
    }
}
