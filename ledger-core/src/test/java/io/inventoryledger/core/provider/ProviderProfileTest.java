package io.inventoryledger.core.provider;

import static io.inventoryledger.core.provider.Providers.CN1;
import static io.inventoryledger.core.provider.Providers.CN2;
import static io.inventoryledger.core.provider.Providers.CN3;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.provider.ProviderProfileCommand.UpdateResourceProvider;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Name and parent changes (PUT /resource_providers/{uuid}), in the provider's profile stream. */
class ProviderProfileTest {
    private static final boolean BEFORE_1_37 = false;
    private static final boolean FROM_1_37 = true;
    private final InMemoryProviderDirectory directory = new InMemoryProviderDirectory();
    private AggregateTestFixture<ProviderProfile> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProviderProfile.class);
        fixture.registerInjectableResource(directory);
    }

    private static UpdateResourceProvider rename(String name) {
        return new UpdateResourceProvider(CN1, 1, name, false, null, BEFORE_1_37);
    }

    private static UpdateResourceProvider setParent(UUID parent, boolean reparentingAllowed) {
        return new UpdateResourceProvider(CN1, 1, "cn1", true, parent, reparentingAllowed);
    }

    private static ResourceProviderUpdated updated(String name, UUID parent) {
        return new ResourceProviderUpdated(CN1, 1, name, parent);
    }

    private void refusesAsInvalid(UpdateResourceProvider command, String message) {
        Refusals.refusedAsInvalid(fixture, command, message);
    }

    @Test
    void renamesAProviderAndKeepsItsParent() {
        directory.with(CN2, "parent", null).with(CN1, "cn1", CN2);
        fixture.givenNoPriorActivity().when(rename("renamed")).expectEvents(updated("renamed", CN2));
    }

    @Test
    void laterChangesGoToTheSameProfileStream() {
        directory.with(CN1, "first", null);
        fixture.given(updated("first", null)).when(rename("second")).expectEvents(updated("second", null));
    }

    @Test
    void keepingItsOwnNameIsNoDuplicate() {
        directory.with(CN1, "cn1", null);
        fixture.givenNoPriorActivity().when(rename("cn1")).expectEvents(updated("cn1", null));
    }

    @Test
    void refusesANameAnotherProviderHas() {
        directory.with(CN1, "cn1", null).with(CN2, "taken", null);
        fixture.givenNoPriorActivity()
                .when(rename("taken"))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectException(new CodeMatcher(ErrorCodes.DUPLICATE_NAME));
    }

    @Test
    void refusesAnInvalidName() {
        directory.with(CN1, "cn1", null);
        fixture.givenNoPriorActivity()
                .when(rename("x".repeat(201)))
                .expectNoEvents()
                .expectException(InvalidRequestException.class);
    }

    @Test
    void refusesAProviderThatIsGone() {
        fixture.givenNoPriorActivity().when(rename("cn1")).expectNoEvents().expectException(NotFoundException.class);
    }

    @Test
    void givesARootAParentBeforeMicroversion137() {
        directory.with(CN1, "cn1", null).with(CN2, "parent", null);
        fixture.givenNoPriorActivity().when(setParent(CN2, BEFORE_1_37)).expectEvents(updated("cn1", CN2));
    }

    @Test
    void sendingTheSameParentAgainIsAllowedBeforeMicroversion137() {
        directory.with(CN2, "parent", null).with(CN1, "cn1", CN2);
        fixture.givenNoPriorActivity().when(setParent(CN2, BEFORE_1_37)).expectEvents(updated("cn1", CN2));
    }

    @Test
    void refusesReparentingBeforeMicroversion137() {
        directory.with(CN2, "parent", null).with(CN3, "other", null).with(CN1, "cn1", CN2);
        refusesAsInvalid(setParent(CN3, BEFORE_1_37), "re-parenting a provider is not currently allowed.");
    }

    @Test
    void refusesUnparentingBeforeMicroversion137() {
        directory.with(CN2, "parent", null).with(CN1, "cn1", CN2);
        refusesAsInvalid(setParent(null, BEFORE_1_37), "un-parenting a provider is not currently allowed.");
    }

    @Test
    void aNullParentForARootIsNoChangeBeforeMicroversion137() {
        directory.with(CN1, "cn1", null);
        fixture.givenNoPriorActivity().when(setParent(null, BEFORE_1_37)).expectEvents(updated("cn1", null));
    }

    @Test
    void reparentsToAnyOtherProviderFromMicroversion137() {
        directory.with(CN2, "parent", null).with(CN3, "other", null).with(CN1, "cn1", CN2);
        fixture.givenNoPriorActivity().when(setParent(CN3, FROM_1_37)).expectEvents(updated("cn1", CN3));
    }

    @Test
    void unparentsFromMicroversion137() {
        directory.with(CN2, "parent", null).with(CN1, "cn1", CN2);
        fixture.givenNoPriorActivity().when(setParent(null, FROM_1_37)).expectEvents(updated("cn1", null));
    }

    @Test
    void refusesAParentThatDoesNotExist() {
        directory.with(CN1, "cn1", null);
        refusesAsInvalid(setParent(CN2, FROM_1_37), "parent provider UUID does not exist.");
    }

    @Test
    void refusesToBecomeItsOwnParent() {
        directory.with(CN1, "cn1", null);
        refusesAsInvalid(setParent(CN1, FROM_1_37), "creating loop in the provider tree is not allowed.");
    }

    @Test
    void refusesADescendantAsParentBeforeMicroversion137() {
        directory.with(CN1, "cn1", null).with(CN2, "child", CN1).with(CN3, "grandchild", CN2);
        refusesAsInvalid(setParent(CN3, BEFORE_1_37), "creating loop");
    }

    @Test
    void refusesADescendantAsParentFromMicroversion137() {
        directory.with(CN3, "top", null).with(CN1, "cn1", CN3).with(CN2, "child", CN1);
        refusesAsInvalid(setParent(CN2, FROM_1_37), "creating loop");
    }

    @Test
    void reportsAParentProblemBeforeADuplicateNameAsPlacementDoes() {
        directory.with(CN1, "cn1", null).with(CN2, "taken", null);
        fixture.givenNoPriorActivity()
                .when(new UpdateResourceProvider(CN1, 1, "taken", true, CN3, FROM_1_37))
                .expectNoEvents()
                .expectException(InvalidRequestException.class);
    }
}
