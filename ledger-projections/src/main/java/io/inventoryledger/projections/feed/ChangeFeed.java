package io.inventoryledger.projections.feed;

import io.inventoryledger.projections.rebuild.GapTracker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The change feed: every event of the store in commit order, read after a {@link FeedPosition}. Global indexes come
 * from a sequence, so an append can commit after one with a higher index: the rebuild's {@link GapTracker} keeps the
 * indexes a reader passed while their appends were in flight, and every read asks for them again until they fill or
 * time out. A reader that resumes from the position of the last change it got misses nothing and gets nothing twice.
 */
public class ChangeFeed {
    private static final String COLUMNS = "global_index, aggregate_identifier, sequence_number, event_identifier,"
            + " time_stamp, payload_type, payload_revision, payload, meta_data";
    private static final int HEAD_WINDOW = 1000;
    private static final int EXPORT_FETCH_SIZE = 5000;
    private static final AtomicLong EXPORTS = new AtomicLong();

    private final DataSource dataSource;
    private final Duration gapTimeout;
    private final int scanBudget;
    private final Clock clock;

    /** {@code scanBudget}: rows a page may pass over (filtered out) before it answers with what it has. */
    public ChangeFeed(DataSource dataSource, Duration gapTimeout, int scanBudget, Clock clock) {
        this.dataSource = dataSource;
        this.gapTimeout = gapTimeout;
        this.scanBudget = scanBudget;
        this.clock = clock;
    }

    /** One page: the changes, the position to resume from, and whether more were there to read. */
    public record Page(List<Change> changes, FeedPosition position, boolean more) {}

    /**
     * The position at the head of the feed now: after the last event, with the appends still in flight below it as
     * gaps (found among the last {@code HEAD_WINDOW} indexes), so that a reader starting here misses none of them.
     */
    public FeedPosition head() {
        Instant now = clock.instant();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement select = connection.prepareStatement("SELECT global_index, time_stamp FROM"
                + " domain_event_entry WHERE global_index > (SELECT COALESCE(MAX(global_index), 0) - "
                + HEAD_WINDOW + " FROM domain_event_entry) ORDER BY global_index")) {
            GapTracker tracker = null;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long index = rs.getLong(1);
                    String time = rs.getString(2);
                    if (tracker == null) {
                        tracker = new GapTracker(index, gapTimeout);
                    } else {
                        tracker.observe(index, () -> Instant.parse(time), now);
                    }
                }
            }
            return tracker == null ? FeedPosition.START : FeedPosition.of(tracker);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the change feed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Up to {@code limit} changes after {@code after} that {@code filter} wants. */
    public Page read(FeedPosition after, ChangeFilter filter, int limit) {
        GapTracker tracker = after.tracker(gapTimeout);
        Instant now = clock.instant();
        List<Change> changes = new ArrayList<>();
        int scanned = 0;
        int batchSize = Math.min(Math.max(limit, 100), 1000);
        while (true) {
            List<Long> gaps = tracker.gaps();
            Batch batch = new Batch(tracker, filter, now, limit - changes.size(), changes::add);
            query(tracker.last(), gaps, batchSize, 0, batch);
            scanned += batch.rows;
            boolean end = batch.rows < batchSize && !batch.full();
            if (end) {
                // every gap was asked for and the unfilled ones are known: forget those older than the timeout
                tracker.expire(now);
                return new Page(changes, FeedPosition.of(tracker), false);
            }
            if (batch.full() || scanned >= scanBudget) {
                return new Page(changes, FeedPosition.of(tracker), true);
            }
        }
    }

    /**
     * Streams every change after {@code after} that {@code filter} wants (at most {@code limit}) to {@code sink},
     * through one server-side cursor; returns the position after the last row read.
     */
    public FeedPosition export(FeedPosition after, ChangeFilter filter, long limit, Consumer<Change> sink) {
        GapTracker tracker = after.tracker(gapTimeout);
        Batch batch = new Batch(tracker, filter, clock.instant(), limit, sink);
        query(tracker.last(), tracker.gaps(), 0, EXPORT_FETCH_SIZE, batch);
        return FeedPosition.of(tracker);
    }

    /** Rows after {@code last} or among {@code gaps}, in global order ({@code limit} 0: all), to {@code rows}. */
    private void query(long last, List<Long> gaps, int limit, int fetchSize, Batch rows) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index > ?");
        if (!gaps.isEmpty()) {
            sql.append(" OR global_index IN (")
                    .append("?,".repeat(gaps.size() - 1))
                    .append("?)");
        }
        sql.append(" ORDER BY global_index");
        if (limit > 0) {
            sql.append(" LIMIT ").append(limit);
        } else {
            // a text of its own: pgjdbc re-prepares a cached statement after a rebuild changed a pooled connection's
            // search_path, and then fetches bytea as hex text (see EventCursor)
            sql.append(" /* export ").append(EXPORTS.incrementAndGet()).append(" */");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            boolean autoCommit = connection.getAutoCommit();
            if (fetchSize > 0) {
                connection.setAutoCommit(false); // PostgreSQL keeps a cursor open only inside a transaction
            }
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                if (select.isWrapperFor(PGStatement.class)) {
                    // prepared on the server from the first run: payloads and metadata come as binary, not as hex
                    // text that PostgreSQL encodes and pgjdbc decodes again (twice the bytes between them)
                    select.unwrap(PGStatement.class).setPrepareThreshold(-1);
                }
                select.setFetchSize(fetchSize > 0 ? fetchSize : limit);
                select.setLong(1, last);
                for (int i = 0; i < gaps.size(); i++) {
                    select.setLong(i + 2, gaps.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (!rows.full() && rs.next()) {
                        rows.accept(rs);
                    }
                }
            } finally {
                if (fetchSize > 0) {
                    connection.rollback();
                    connection.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the change feed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Observes each row read and hands on those the filter wants, until {@code wanted} were handed on. */
    private static final class Batch {
        private final GapTracker tracker;
        private final ChangeFilter filter;
        private final Instant now;
        private final long wanted;
        private final Consumer<Change> sink;
        private long matched;
        private int rows;

        Batch(GapTracker tracker, ChangeFilter filter, Instant now, long wanted, Consumer<Change> sink) {
            this.tracker = tracker;
            this.filter = filter;
            this.now = now;
            this.wanted = wanted;
            this.sink = sink;
        }

        boolean full() {
            return matched >= wanted;
        }

        void accept(ResultSet rs) throws SQLException {
            rows++;
            long index = rs.getLong(1);
            String stream = rs.getString(2);
            String time = rs.getString(5);
            String payloadType = rs.getString(6);
            byte[] payload = rs.getBytes(8);
            tracker.observe(index, () -> Instant.parse(time), now);
            String kind = payloadType.substring(payloadType.lastIndexOf('.') + 1);
            if (!filter.matchesStream(stream, kind, payload)) {
                return;
            }
            ChangeContext context = ChangeContext.parse(rs.getBytes(9));
            if (!filter.matchesContext(stream, payload, context)) {
                return;
            }
            matched++;
            sink.accept(new Change(
                    index,
                    tracker.hasGaps() ? FeedPosition.of(tracker).toString() : Long.toString(tracker.last()),
                    stream,
                    rs.getLong(3),
                    kind,
                    payloadType,
                    rs.getString(7),
                    rs.getString(4),
                    time,
                    payload,
                    context));
        }
    }
}
