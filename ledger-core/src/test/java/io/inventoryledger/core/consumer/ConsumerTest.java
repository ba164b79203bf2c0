package io.inventoryledger.core.consumer;

import static org.hamcrest.Matchers.equalTo;

import io.inventoryledger.core.error.ConcurrentUpdateException;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsumerTest {
    private static final UUID CONSUMER = UUID.fromString("44444444-4444-4444-4444-444444444444");
    private static final UUID PROVIDER = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final String STREAM = ConsumerStreamId.of(CONSUMER, 1);

    private AggregateTestFixture<Consumer> fixture;

    /** Stand-ins for AllocationCommandHandler, which drives consumers inside a larger unit of work. */
    record Create(ConsumerClaim claim) {}

    record Replace(@TargetAggregateIdentifier String consumerId, ConsumerClaim claim) {}

    static class ClaimAdapter {
        private final Repository<Consumer> repository;

        ClaimAdapter(Repository<Consumer> repository) {
            this.repository = repository;
        }

        @CommandHandler
        void handle(Create command) throws Exception {
            repository.newInstance(() -> new Consumer(command.claim(), 1));
        }

        @CommandHandler
        void handle(Replace command) {
            repository.load(command.consumerId()).execute(c -> c.replace(command.claim()));
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Consumer.class);
        fixture.registerAnnotatedCommandHandler(new ClaimAdapter(fixture.getRepository()));
    }

    private static ConsumerClaim claim(boolean checked, Long generation, Map<UUID, Map<String, Long>> allocations) {
        return new ConsumerClaim(CONSUMER, "project", "user", null, checked, generation, allocations);
    }

    private static ConsumerAllocationsReplaced existing(String type) {
        return new ConsumerAllocationsReplaced(
                CONSUMER, 1, "project", "user", type, Map.of(PROVIDER, Map.of("VCPU", 1L)));
    }

    @Test
    void aNewConsumerIsCreatedWithItsFirstAllocations() {
        fixture.givenNoPriorActivity()
                .when(new Create(claim(true, null, Map.of(PROVIDER, Map.of("VCPU", 2L)))))
                .expectEvents(new ConsumerAllocationsReplaced(
                        CONSUMER, 1, "project", "user", null, Map.of(PROVIDER, Map.of("VCPU", 2L))));
    }

    @Test
    void aGenerationSentForANewConsumerIsAConflict() {
        fixture.givenNoPriorActivity()
                .when(new Create(claim(true, 5L, Map.of(PROVIDER, Map.of("VCPU", 2L)))))
                .expectNoEvents()
                .expectException(ConcurrentUpdateException.class)
                .expectExceptionMessage(equalTo("consumer generation conflict - expected null but got 5"));
    }

    @Test
    void aStaleGenerationIsRefusedAtOnce() {
        fixture.given(existing(null))
                .when(new Replace(STREAM, claim(true, 3L, Map.of(PROVIDER, Map.of("VCPU", 2L)))))
                .expectNoEvents()
                .expectExceptionMessage(equalTo("consumer generation conflict - expected 1 but got 3"));
    }

    @Test
    void aNullGenerationForAnExistingConsumerIsRefused() {
        fixture.given(existing(null))
                .when(new Replace(STREAM, claim(true, null, Map.of(PROVIDER, Map.of("VCPU", 2L)))))
                .expectExceptionMessage(equalTo("consumer generation conflict - expected 1 but got None"));
    }

    @Test
    void theCurrentGenerationReplacesTheAllocations() {
        fixture.given(existing(null))
                .when(new Replace(STREAM, claim(true, 1L, Map.of(PROVIDER, Map.of("VCPU", 2L)))))
                .expectEvents(new ConsumerAllocationsReplaced(
                        CONSUMER, 1, "project", "user", null, Map.of(PROVIDER, Map.of("VCPU", 2L))));
    }

    @Test
    void beforeMicroversion128NoGenerationIsCompared() {
        fixture.given(existing(null), existing(null))
                .when(new Replace(STREAM, claim(false, null, Map.of(PROVIDER, Map.of("VCPU", 3L)))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aConsumerKeepsItsTypeWhenTheCallerCannotNameOne() {
        fixture.given(existing("INSTANCE"))
                .when(new Replace(STREAM, claim(false, null, Map.of(PROVIDER, Map.of("VCPU", 3L)))))
                .expectEvents(new ConsumerAllocationsReplaced(
                        CONSUMER, 1, "project", "user", "INSTANCE", Map.of(PROVIDER, Map.of("VCPU", 3L))));
    }

    @Test
    void removingAllAllocationsEndsTheConsumer() {
        fixture.given(existing(null))
                .when(new Replace(STREAM, claim(true, 1L, Map.of())))
                .expectEvents(new ConsumerAllocationsDeleted(CONSUMER, 1, Map.of(PROVIDER, Map.of("VCPU", 1L))))
                .expectMarkedDeleted();
    }
}
