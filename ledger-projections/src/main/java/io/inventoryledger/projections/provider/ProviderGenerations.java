package io.inventoryledger.projections.provider;

import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** A provider row's generation is the last sequence applied to it: later events advance it, replays don't. */
final class ProviderGenerations {
    private ProviderGenerations() {
    }

    /** Records the provider's new generation; false when this event was applied already. */
    static boolean advance(JdbcTemplate jdbc, ReadModelTables tables, UUID provider, long sequence, Instant time) {
        return jdbc.update("UPDATE " + tables.of("resource_providers")
                        + " SET generation = ?, updated_at = ? WHERE uuid = ? AND generation < ?",
                sequence, EventTimes.of(time), provider, sequence) > 0;
    }
}
