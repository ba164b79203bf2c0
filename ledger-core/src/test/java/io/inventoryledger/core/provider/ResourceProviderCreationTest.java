package io.inventoryledger.core.provider;

import static io.inventoryledger.core.provider.Providers.CN1;
import static io.inventoryledger.core.provider.Providers.CN2;
import static org.hamcrest.Matchers.containsString;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.provider.ResourceProviderCommand.CreateResourceProvider;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourceProviderCreationTest {
    private final InMemoryProviderDirectory directory = new InMemoryProviderDirectory();
    private AggregateTestFixture<ResourceProvider> fixture;

    @BeforeEach
    void setUp() {
        fixture = Providers.fixture(directory);
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

    @Test
    void acceptsANameOfTwoHundredCharacters() {
        String name = "x".repeat(200);
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, name, null))
                .expectEvents(new ResourceProviderCreated(CN1, 1, name, null));
    }

    @Test
    void countsTheNameInCharactersNotInUtf16Units() {
        String name = "\uD83D\uDE00".repeat(200);
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, name, null))
                .expectEvents(new ResourceProviderCreated(CN1, 1, name, null));
    }

    @Test
    void refusesANameLongerThanTwoHundredCharacters() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, "x".repeat(201), null))
                .expectNoEvents()
                .expectException(InvalidRequestException.class);
    }

    @Test
    void refusesAnEmptyName() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, "", null))
                .expectNoEvents()
                .expectException(InvalidRequestException.class);
    }

    @Test
    void refusesAMissingName() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, null, null))
                .expectNoEvents()
                .expectException(InvalidRequestException.class);
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
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, "cn1", CN2))
                .expectNoEvents()
                .expectException(InvalidRequestException.class)
                .expectExceptionMessage(containsString("parent provider UUID does not exist."));
    }

    @Test
    void refusesToBeItsOwnParent() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, "cn1", CN1))
                .expectNoEvents()
                .expectException(InvalidRequestException.class)
                .expectExceptionMessage(containsString("parent provider UUID cannot be same as UUID"));
    }

    @Test
    void reportsAMissingParentBeforeADuplicateNameAsPlacementDoes() {
        directory.with(CN2, "cn1", null);
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProvider(CN1, 1, "cn1", Providers.CN3))
                .expectException(InvalidRequestException.class);
    }
}
