package io.inventoryledger.projections.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGStatement;

/**
 * Streams the event store in global-index order through one server-side cursor (a large fetch size inside a
 * read-only transaction), in chunks, without the metadata column.
 */
final class EventCursor {
    private static final String SELECT = "SELECT global_index, type, aggregate_identifier, sequence_number, time_stamp,"
            + " payload_type, payload_revision, payload FROM domain_event_entry WHERE global_index > ?"
            + " ORDER BY global_index";

    private static final AtomicLong READS = new AtomicLong();

    private final DataSource dataSource;
    private final int chunkSize;

    EventCursor(DataSource dataSource, int chunkSize) {
        this.dataSource = dataSource;
        this.chunkSize = chunkSize;
    }

    /** Hands every event after {@code after} to {@code chunks}, {@code chunkSize} rows at a time, in order. */
    void readAfter(long after, Consumer<List<EventRow>> chunks) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL only keeps a cursor open inside a transaction
            connection.setReadOnly(true);
            // A text of its own per read: pgjdbc re-prepares a cached statement after the connection's search_path
            // changed (a rebuild migrates its schema through pooled connections) and then fetches bytea as hex
            // text, twice the bytes to send and decode; a statement it has never seen is prepared for binary.
            try (PreparedStatement select =
                    connection.prepareStatement(SELECT + " /* read " + READS.incrementAndGet() + " */")) {
                if (select.isWrapperFor(PGStatement.class)) {
                    // a server-side prepared statement from the first run: payloads then come as binary, not hex text
                    select.unwrap(PGStatement.class).setPrepareThreshold(-1);
                }
                select.setFetchSize(chunkSize);
                select.setLong(1, after);
                try (ResultSet rs = select.executeQuery()) {
                    List<EventRow> chunk = new ArrayList<>(chunkSize);
                    while (rs.next()) {
                        chunk.add(new EventRow(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getLong(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getBytes(8)));
                        if (chunk.size() == chunkSize) {
                            chunks.accept(chunk);
                            chunk = new ArrayList<>(chunkSize);
                        }
                    }
                    if (!chunk.isEmpty()) {
                        chunks.accept(chunk);
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event store", e);
        }
    }
}
