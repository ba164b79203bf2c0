package io.inventoryledger.core.provider;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceProviderAggregates;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceProviderTraits;
import io.inventoryledger.core.trait.StandardTraits;
import io.inventoryledger.core.trait.TraitCatalog;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A provider's traits, aggregates and place in a tree: each accepted change is one event, generation +1. */
class ProviderTopologyTest {
    private static final UUID PROVIDER = UUID.fromString("5202c48f-c960-4eec-bde3-89c4f22a17b9");
    private static final String STREAM = ProviderStreamId.of(PROVIDER, 1);
    private static final UUID AGG_1 = UUID.fromString("83a3d69d-8920-48e2-8914-cadfd8fa2f91");
    private static final UUID AGG_2 = UUID.fromString("99652f11-9f77-46b9-80b7-4b1989be9f8c");

    private AggregateTestFixture<ResourceProvider> fixture;
    private final InMemoryProviderDirectory directory = new InMemoryProviderDirectory().with(PROVIDER, "cn1", null);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResourceProvider.class);
        Set<String> custom = Set.of("CUSTOM_FAST");
        fixture.registerInjectableResource((ProviderUsages) provider -> java.util.Map.of());
        fixture.registerInjectableResource((TraitCatalog) traits -> new TreeSet<>(traits.stream()
                .filter(t -> !StandardTraits.isStandard(t) && !custom.contains(t))
                .toList()));
        fixture.registerInjectableResource(directory);
    }

    @Test
    void cannotDeleteAParentWithChildren() {
        directory.with(UUID.randomUUID(), "child", PROVIDER);
        fixture.given(created())
                .when(new ResourceProviderCommand.DeleteResourceProvider(STREAM, PROVIDER))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void deletesAProviderWithoutChildren() {
        fixture.given(created(), new ProviderTraitsReplaced(PROVIDER, Set.of("CUSTOM_FAST")))
                .when(new ResourceProviderCommand.DeleteResourceProvider(STREAM, PROVIDER))
                .expectEvents(new ResourceProviderDeleted(PROVIDER));
    }

    @Test
    void replacesTraitsWithOneEvent() {
        fixture.given(created())
                .when(new ReplaceProviderTraits(STREAM, PROVIDER, 0L, Set.of("HW_CPU_X86_AVX2", "CUSTOM_FAST")))
                .expectEvents(new ProviderTraitsReplaced(PROVIDER, Set.of("HW_CPU_X86_AVX2", "CUSTOM_FAST")));
    }

    @Test
    void refusesUnknownTraitsAndStoresNothing() {
        fixture.given(created())
                .when(new ReplaceProviderTraits(STREAM, PROVIDER, 0L, Set.of("CUSTOM_FAST", "CUSTOM_NOPE")))
                .expectException(InvalidRequestException.class)
                .expectExceptionMessage("No such trait CUSTOM_NOPE")
                .expectNoEvents();
    }

    @Test
    void removingAllTraitsIsAlsoOneEvent() {
        fixture.given(created(), new ProviderTraitsReplaced(PROVIDER, Set.of("CUSTOM_FAST")))
                .when(new ReplaceProviderTraits(STREAM, PROVIDER, 1L, Set.of()))
                .expectEvents(new ProviderTraitsReplaced(PROVIDER, Set.of()));
    }

    @Test
    void rejectsAStaleGenerationForTraits() {
        fixture.given(created(), new ProviderTraitsReplaced(PROVIDER, Set.of("CUSTOM_FAST")))
                .when(new ReplaceProviderTraits(STREAM, PROVIDER, 0L, Set.of()))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void replacesAggregatesWithOneEventKeepingTheirOrder() {
        fixture.given(created())
                .when(new ReplaceProviderAggregates(STREAM, PROVIDER, 0L, List.of(AGG_2, AGG_1)))
                .expectEvents(new ProviderAggregatesReplaced(PROVIDER, List.of(AGG_2, AGG_1)));
    }

    @Test
    void refusesDuplicateAggregatesAndStoresNothing() {
        fixture.given(created())
                .when(new ReplaceProviderAggregates(STREAM, PROVIDER, 0L, List.of(AGG_1, AGG_1)))
                .expectException(InvalidRequestException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAGenerationFromTheFutureForAggregates() {
        fixture.given(created())
                .when(new ReplaceProviderAggregates(STREAM, PROVIDER, 3L, List.of(AGG_1)))
                .expectException(ConflictingAggregateVersionException.class);
    }

    private static ResourceProviderCreated created() {
        return new ResourceProviderCreated(PROVIDER, 1, "cn1", null);
    }
}
