package io.inventoryledger.core.provider;

import static io.inventoryledger.core.provider.Providers.CN1;
import static io.inventoryledger.core.provider.Providers.CN2;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Named.named;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.provider.ResourceProviderCommand.CreateResourceProvider;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResourceProviderCreationTest {
    private final InMemoryProviderDirectory directory = new InMemoryProviderDirectory();
    private AggregateTestFixture<ResourceProvider> fixture;

    @BeforeEach
    void setUp() {
        fixture = Providers.fixture(directory);
    }

    private void refusesAsInvalid(CreateResourceProvider command, String message) {
        Refusals.refusedAsInvalid(fixture, command, message);
    }

    @Test
    void createsARootProvider() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, "cn1", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ResourceProviderCreated(CN1, 1, "cn1", null));
    }

    @Test
    void createsAChildOfAnExistingProvider() {
        directory.with(CN2, "parent", null);
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, "cn1", CN2))
                .expectEvents(new ResourceProviderCreated(CN1, 1, "cn1", CN2));
    }

    @Test
    void createsAnotherIncarnationOfADeletedUuid() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 2, "cn1", null))
                .expectEvents(new ResourceProviderCreated(CN1, 2, "cn1", null));
    }

    @ParameterizedTest(name = "accepts a name {0}")
    @MethodSource
    void acceptsAName(String name) {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, name, null))
                .expectEvents(new ResourceProviderCreated(CN1, 1, name, null));
    }

    static Stream<Named<String>> acceptsAName() {
        return Stream.of(
                named("of two hundred characters", "x".repeat(200)),
                named("counted in characters, not in UTF-16 units", "\uD83D\uDE00".repeat(200)));
    }

    @ParameterizedTest(name = "refuses a name {0}")
    @MethodSource
    void refusesAName(String name) {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, name, null))
                .expectNoEvents()
                .expectException(InvalidRequestException.class);
    }

    static Stream<Named<String>> refusesAName() {
        return Stream.of(
                named("longer than two hundred characters", "x".repeat(201)),
                named("that is empty", ""),
                named("that is missing", null));
    }

    @Test
    void refusesANameAnotherProviderHas() {
        directory.with(CN2, "cn1", null);
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, "cn1", null))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("cn1 already exists"))
                .expectException(new CodeMatcher(ErrorCodes.DUPLICATE_NAME));
    }

    @Test
    void refusesAParentThatDoesNotExist() {
        refusesAsInvalid(new CreateResourceProvider(CN1, 1, "cn1", CN2), "parent provider UUID does not exist.");
    }

    @Test
    void refusesToBeItsOwnParent() {
        refusesAsInvalid(new CreateResourceProvider(CN1, 1, "cn1", CN1), "parent provider UUID cannot be same as UUID");
    }

    @Test
    void reportsAMissingParentBeforeADuplicateNameAsPlacementDoes() {
        directory.with(CN2, "cn1", null);
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, "cn1", Providers.CN3))
                .expectException(InvalidRequestException.class);
    }
}
