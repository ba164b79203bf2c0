package io.inventoryledger.projections.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.projections.allocation.AllocationRows.ConsumerVersion;
import io.inventoryledger.projections.support.ReadModelDatabase;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The first writes of new consumers in one processor batch (a group commit's claims) go to PostgreSQL together when
 * the batch commits; whatever else the store is asked in the batch sees them, and one applied already adds nothing.
 */
class FirstWriteBatchTest {
    private static final UUID PROVIDER = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000001");
    private static final Instant AT = Instant.parse("2026-12-07T22:00:00Z");

    private ReadModelDatabase database;
    private JdbcAllocationRows rows;

    @BeforeEach
    void freshReadModel() {
        database = ReadModelDatabase.fresh();
        rows = new JdbcAllocationRows(database.jdbc(), database.tables());
    }

    @AfterEach
    void dropReadModel() {
        database.close();
    }

    @Test
    void aBatchOfFirstWritesIsStoredWhenItCommitsAndSeenByAnyOtherQuestionBefore() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        rows.firstWrite(version(first), Map.of(PROVIDER, Map.of("VCPU", 2L)));
        rows.firstWrite(version(second), Map.of(PROVIDER, Map.of("VCPU", 3L, "DISK_GB", 10L)));
        assertThat(count("consumers")).as("kept for the batch").isZero();

        assertThat(rows.allocationsOf(second)).isEqualTo(Map.of(PROVIDER, Map.of("DISK_GB", 10L, "VCPU", 3L)));
        rows.firstWrite(version(third), Map.of(PROVIDER, Map.of("VCPU", 1L)));
        batch.commit();

        assertThat(count("consumers")).isEqualTo(3);
        assertThat(count("consumer_incarnations")).isEqualTo(3);
        assertThat(count("allocations")).isEqualTo(4);
        assertThat(usage()).isEqualTo(Map.of("DISK_GB", 10L, "VCPU", 6L));
    }

    @Test
    void aFirstWriteAppliedAlreadyAddsNothing() {
        UUID applied = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        DefaultUnitOfWork<?> earlier = DefaultUnitOfWork.startAndGet(null);
        rows.firstWrite(version(applied), Map.of(PROVIDER, Map.of("VCPU", 2L)));
        earlier.commit();

        DefaultUnitOfWork<?> again = DefaultUnitOfWork.startAndGet(null);
        rows.firstWrite(version(applied), Map.of(PROVIDER, Map.of("VCPU", 2L)));
        rows.firstWrite(version(fresh), Map.of(PROVIDER, Map.of("VCPU", 5L)));
        again.commit();

        assertThat(count("allocations")).isEqualTo(2);
        assertThat(usage()).isEqualTo(Map.of("VCPU", 7L));
    }

    @Test
    void outsideAUnitOfWorkAFirstWriteIsStoredAtOnce() {
        rows.firstWrite(version(UUID.randomUUID()), Map.of(PROVIDER, Map.of("VCPU", 4L)));

        assertThat(usage()).isEqualTo(Map.of("VCPU", 4L));
    }

    private static ConsumerVersion version(UUID consumer) {
        return new ConsumerVersion(consumer, 1, "project", "user", null, 1, AT);
    }

    private int count(String table) {
        return database.jdbc()
                .queryForObject("SELECT count(*) FROM " + database.tables().of(table), Integer.class);
    }

    private Map<String, Long> usage() {
        Map<String, Long> usage = new TreeMap<>();
        database.jdbc()
                .query(
                        "SELECT resource_class, used FROM " + database.tables().of("provider_usages")
                                + " WHERE provider_uuid = ?",
                        rs -> {
                            usage.put(rs.getString(1), rs.getLong(2));
                        },
                        PROVIDER);
        return usage;
    }
}
