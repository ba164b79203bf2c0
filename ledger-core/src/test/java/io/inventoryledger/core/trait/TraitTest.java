package io.inventoryledger.core.trait;

import static org.junit.jupiter.api.Named.named;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.trait.TraitCommand.CreateTrait;
import io.inventoryledger.core.trait.TraitCommand.DeleteTrait;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    @ParameterizedTest(name = "refuses a name {0}")
    @MethodSource
    void refusesAName(String name) {
        fixture.givenNoPriorActivity()
                .when(new CreateTrait(name))
                .expectException(InvalidRequestException.class)
                .expectNoEvents();
    }

    static Stream<Named<String>> refusesAName() {
        return Stream.of(
                named("without the custom prefix", "FAST"),
                named("in lower case", "CUSTOM_fast"),
                named("longer than 255 characters", "CUSTOM_" + "A".repeat(249)));
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
