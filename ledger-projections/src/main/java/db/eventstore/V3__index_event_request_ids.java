package db.eventstore;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes the events by the request ids in their metadata (ours and the caller's global one), so that
 * {@code GET /ledger/history/requests/{id}} reads a handful of index entries instead of the whole event table.
 * PostgreSQL only (the metadata is JSON in a bytea; an immutable function reads one key of it): the embedded H2
 * store has no expression indexes, and its history lookups by request scan instead.
 */
public class V3__index_event_request_ids extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!product.toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            // immutable: the metadata is written once and always UTF-8 JSON (Jackson)
            sql.execute("CREATE FUNCTION ledger_event_meta(meta BYTEA, meta_key TEXT) RETURNS TEXT"
                    + " LANGUAGE sql IMMUTABLE PARALLEL SAFE"
                    + " AS $$ SELECT convert_from(meta, 'UTF8')::jsonb ->> meta_key $$");
            sql.execute("CREATE INDEX idx_domain_event_request_id"
                    + " ON domain_event_entry (ledger_event_meta(meta_data, 'requestId'))");
            sql.execute("CREATE INDEX idx_domain_event_global_request_id"
                    + " ON domain_event_entry (ledger_event_meta(meta_data, 'globalRequestId'))"
                    + " WHERE ledger_event_meta(meta_data, 'globalRequestId') IS NOT NULL");
        }
    }
}
