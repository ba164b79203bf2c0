package io.inventoryledger.core.provider;

import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.provider.ProviderProfileCommand.ReplaceAggregatesUncounted;
import io.inventoryledger.core.provider.ProviderProfileCommand.UpdateResourceProvider;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Name and tree changes (and aggregates below 1.19): the profile stream, which never moves the generation. */
class ProviderProfileTest {
    private static final UUID ROOT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID GRANDCHILD = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID OTHER_ROOT = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    private static final UUID AGG = UUID.fromString("83a3d69d-8920-48e2-8914-cadfd8fa2f91");

    private AggregateTestFixture<ProviderProfile> fixture;
    /** child → parent of every existing provider (roots map to null). */
    private final Map<UUID, UUID> tree = new HashMap<>();

    @BeforeEach
    void setUp() {
        tree.put(ROOT, null);
        tree.put(CHILD, ROOT);
        tree.put(GRANDCHILD, CHILD);
        tree.put(OTHER_ROOT, null);
        fixture = new AggregateTestFixture<>(ProviderProfile.class);
        fixture.registerInjectableResource(new TreeDirectory());
    }

    @Test
    void reParentsToAnotherTreeFrom137() {
        fixture.givenNoPriorActivity()
                .when(update(CHILD, OTHER_ROOT, true))
                .expectEvents(new ResourceProviderUpdated(CHILD, 1, "child", OTHER_ROOT));
    }

    @Test
    void refusesReParentingBefore137() {
        fixture.givenNoPriorActivity()
                .when(update(CHILD, OTHER_ROOT, false))
                .expectException(InvalidRequestException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("re-parenting a provider is not"))
                .expectNoEvents();
    }

    @Test
    void refusesMakingAProviderItsOwnDescendantsChild() {
        fixture.givenNoPriorActivity()
                .when(update(CHILD, GRANDCHILD, true))
                .expectException(InvalidRequestException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("creating loop"))
                .expectNoEvents();
    }

    @Test
    void refusesMakingAProviderItsOwnParent() {
        fixture.givenNoPriorActivity()
                .when(update(CHILD, CHILD, true))
                .expectException(InvalidRequestException.class)
                .expectNoEvents();
    }

    @Test
    void unParentsFrom137() {
        fixture.givenNoPriorActivity()
                .when(new UpdateResourceProvider(CHILD, 1, "child", true, null, true))
                .expectEvents(new ResourceProviderUpdated(CHILD, 1, "child", null));
    }

    @Test
    void refusesUnParentingBefore137() {
        fixture.givenNoPriorActivity()
                .when(new UpdateResourceProvider(CHILD, 1, "child", true, null, false))
                .expectException(InvalidRequestException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnUnknownParent() {
        fixture.givenNoPriorActivity()
                .when(update(OTHER_ROOT, UUID.randomUUID(), true))
                .expectException(InvalidRequestException.class)
                .expectNoEvents();
    }

    @Test
    void givesARootItsFirstParentBefore137() {
        fixture.givenNoPriorActivity()
                .when(update(OTHER_ROOT, ROOT, false))
                .expectEvents(new ResourceProviderUpdated(OTHER_ROOT, 1, "child", ROOT));
    }

    @Test
    void recordsAggregatesBelow119WithoutTouchingTheProviderStream() {
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
    void refusesDuplicateAggregatesBelow119() {
        fixture.givenNoPriorActivity()
                .when(new ReplaceAggregatesUncounted(ROOT, 1, List.of(AGG, AGG)))
                .expectException(InvalidRequestException.class)
                .expectNoEvents();
    }

    private static UpdateResourceProvider update(UUID provider, UUID parent, boolean reparentingAllowed) {
        return new UpdateResourceProvider(provider, 1, "child", true, parent, reparentingAllowed);
    }

    /** The other providers, as a tree in memory. */
    private final class TreeDirectory implements ProviderDirectory {
        @Override
        public boolean existsLocked(UUID provider) {
            return tree.containsKey(provider);
        }

        @Override
        public UUID parentOf(UUID provider) {
            return tree.get(provider);
        }

        @Override
        public boolean hasChildrenLocked(UUID provider) {
            return tree.containsValue(provider);
        }

        @Override
        public boolean isInSubtree(UUID candidate, UUID ancestor) {
            for (UUID current = candidate; current != null; current = tree.get(current)) {
                if (Objects.equals(current, ancestor)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean nameTakenByOther(String name, UUID except) {
            return false;
        }
    }
}
