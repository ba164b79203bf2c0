package io.inventoryledger.core.provider;

import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.provider.ProviderProfileCommand.ReplaceAggregatesUncounted;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Aggregates written below 1.19 go to the profile stream: Placement does not move the generation for them. */
class ProviderAggregatesBelow119Test {
    private static final UUID ROOT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AGG = UUID.fromString("83a3d69d-8920-48e2-8914-cadfd8fa2f91");

    private AggregateTestFixture<ProviderProfile> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProviderProfile.class);
        fixture.registerInjectableResource(new InMemoryProviderDirectory().with(ROOT, "root", null));
    }

    @Test
    void recordsAggregatesWithoutTouchingTheProviderStream() {
        fixture.givenNoPriorActivity()
                .when(new ReplaceAggregatesUncounted(ROOT, 1, List.of(AGG)))
                .expectEvents(new ProviderAggregatesReplacedUncounted(ROOT, 1, List.of(AGG)));
    }

    @Test
    void refusesAggregatesForAProviderThatIsGone() {
        fixture.givenNoPriorActivity()
                .when(new ReplaceAggregatesUncounted(UUID.randomUUID(), 1, List.of(AGG)))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void refusesDuplicateAggregates() {
        fixture.givenNoPriorActivity()
                .when(new ReplaceAggregatesUncounted(ROOT, 1, List.of(AGG, AGG)))
                .expectException(InvalidRequestException.class)
                .expectNoEvents();
    }
}
