package io.inventoryledger.core.consumer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import io.inventoryledger.core.error.ConcurrentUpdateException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One consumer of resources (an instance, a migration...): who owns it, what it holds on which providers,
 * and its generation (Placement 1.28). It exists from its first allocation to its last.
 */
public class Consumer {
    @AggregateIdentifier
    private String consumerId;

    private UUID uuid;
    private int incarnation;
    private long generation;
    private String projectId;
    private String userId;
    private String consumerType;
    private Map<UUID, Map<String, Long>> allocations = new TreeMap<>();

    protected Consumer() {
        // for Axon
    }

    /** A new consumer with its first allocations; the claim must not expect an existing one. */
    public Consumer(ConsumerClaim claim, int incarnation) {
        requireNewConsumerExpected(claim);
        apply(new ConsumerAllocationsReplaced(
                claim.consumerUuid(),
                incarnation,
                claim.projectId(),
                claim.userId(),
                claim.consumerType(),
                claim.allocations()));
    }

    /** Placement's check of a new consumer: a generation was sent although none exists. */
    public static void requireNewConsumerExpected(ConsumerClaim claim) {
        if (claim.generationChecked() && claim.expectedGeneration() != null) {
            throw new ConcurrentUpdateException(
                    "consumer generation conflict - expected null but got " + claim.expectedGeneration());
        }
    }

    /** Refuses a claim made against another generation than this consumer's; final, not retried. */
    public void requireGeneration(ConsumerClaim claim) {
        if (claim.generationChecked() && !Objects.equals(claim.expectedGeneration(), generation)) {
            throw new ConcurrentUpdateException("consumer generation conflict - expected " + generation + " but got "
                    + (claim.expectedGeneration() == null ? "None" : claim.expectedGeneration()));
        }
    }

    /** Replaces this consumer's allocations; an empty set ends the consumer. */
    public void replace(ConsumerClaim claim) {
        requireGeneration(claim);
        if (claim.removesAll()) {
            apply(new ConsumerAllocationsDeleted(uuid, incarnation, allocations));
            return;
        }
        String type = claim.consumerType() != null ? claim.consumerType() : consumerType;
        apply(new ConsumerAllocationsReplaced(
                uuid, incarnation, claim.projectId(), claim.userId(), type, claim.allocations()));
    }

    /** DELETE /allocations/{consumer}: no generation is compared. */
    public void deleteAllocations() {
        apply(new ConsumerAllocationsDeleted(uuid, incarnation, allocations));
    }

    public Map<UUID, Map<String, Long>> allocations() {
        return Allocations.copy(allocations);
    }

    @EventSourcingHandler
    void on(ConsumerAllocationsReplaced event, @SequenceNumber long sequence) {
        consumerId = ConsumerStreamId.of(event.consumerUuid(), event.incarnation());
        uuid = event.consumerUuid();
        incarnation = event.incarnation();
        generation = sequence + 1;
        projectId = event.projectId();
        userId = event.userId();
        consumerType = event.consumerType();
        allocations = new TreeMap<>(event.allocations());
    }

    @EventSourcingHandler
    void on(ConsumerAllocationsDeleted event) {
        allocations = new TreeMap<>();
        markDeleted();
    }
}
