package io.inventoryledger.core.trait;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.trait.TraitCommand.CreateTrait;
import io.inventoryledger.core.trait.TraitCommand.DeleteTrait;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TraitTest {
    private AggregateTestFixture<Trait> fixture;
    private boolean associated;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Trait.class);
        fixture.registerInjectableResource((TraitUsage) trait -> associated);
    }

    @Test
    void createsACustomTrait() {
        fixture.givenNoPriorActivity()
                .when(new CreateTrait("CUSTOM_FAST"))
                .expectEvents(new TraitCreated("CUSTOM_FAST"))
                .expectResultMessagePayload(true);
    }

    @Test
    void creatingAnExistingTraitChangesNothing() {
        fixture.given(new TraitCreated("CUSTOM_FAST"))
                .when(new CreateTrait("CUSTOM_FAST"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void refusesANameWithoutTheCustomPrefix() {
        fixture.givenNoPriorActivity()
                .when(new CreateTrait("FAST"))
                .expectException(InvalidRequestException.class)
                .expectNoEvents();
    }

    @Test
    void refusesALowerCaseName() {
        fixture.givenNoPriorActivity()
                .when(new CreateTrait("CUSTOM_fast"))
                .expectException(InvalidRequestException.class);
    }

    @Test
    void refusesANameLongerThan255Characters() {
        fixture.givenNoPriorActivity()
                .when(new CreateTrait("CUSTOM_" + "A".repeat(249)))
                .expectException(InvalidRequestException.class);
    }

    @Test
    void deletesAnUnusedCustomTrait() {
        fixture.given(new TraitCreated("CUSTOM_FAST"))
                .when(new DeleteTrait("CUSTOM_FAST"))
                .expectEvents(new TraitDeleted("CUSTOM_FAST"));
    }

    @Test
    void cannotDeleteATraitAProviderHas() {
        associated = true;
        fixture.given(new TraitCreated("CUSTOM_FAST"))
                .when(new DeleteTrait("CUSTOM_FAST"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void cannotDeleteAStandardTrait() {
        fixture.givenNoPriorActivity()
                .when(new DeleteTrait("HW_CPU_X86_AVX2"))
                .expectException(InvalidRequestException.class);
    }

    @Test
    void deletingAnUnknownTraitIsNotFound() {
        fixture.givenNoPriorActivity().when(new DeleteTrait("CUSTOM_NEVER")).expectException(NotFoundException.class);
    }

    @Test
    void aDeletedTraitCanBeCreatedAgain() {
        fixture.given(new TraitCreated("CUSTOM_FAST"), new TraitDeleted("CUSTOM_FAST"))
                .when(new CreateTrait("CUSTOM_FAST"))
                .expectEvents(new TraitCreated("CUSTOM_FAST"));
    }
}
