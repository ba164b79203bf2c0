package io.inventoryledger.projections.audit;

import io.inventoryledger.projections.audit.VerificationReport.BrokenLink;
import io.inventoryledger.projections.audit.VerificationReport.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Walks every stream of the event store in sequence order through one server-side cursor and recomputes each
 * event's {@link ChainLink} from the previous event's stored link and the event as stored; reports the first event
 * of each stream where the chain breaks. The links are recomputed here, in Java, not by the database's function, so
 * that a changed trigger cannot vouch for itself.
 */
public class ChainVerifier {
    private static final int MAX_REPORTED = 1000;
    private static final String SELECT = "SELECT global_index, aggregate_identifier, sequence_number, event_identifier,"
            + " type, payload_type, payload_revision, time_stamp, payload, meta_data, chain_link"
            + " FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number";

    private final DataSource dataSource;

    public ChainVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public VerificationReport verify() {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // a cursor, not the whole store in memory
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setFetchSize(1000);
                try (ResultSet rs = select.executeQuery()) {
                    return walk(rs, !postgres);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event store", e);
        }
    }

    /** {@code legacyAllowed}: events without a link at the start of a stream predate the links (embedded store). */
    private static VerificationReport walk(ResultSet rs, boolean legacyAllowed) throws SQLException {
        List<BrokenLink> broken = new ArrayList<>();
        long streams = 0;
        long events = 0;
        long unchained = 0;
        long brokenStreams = 0;
        String stream = null;
        long previousSequence = -1;
        byte[] previousLink = null;
        boolean chained = false;
        boolean reported = false;
        while (rs.next()) {
            events++;
            String id = rs.getString(2);
            long sequence = rs.getLong(3);
            byte[] link = rs.getBytes(11);
            if (!id.equals(stream)) {
                streams++;
                stream = id;
                previousSequence = -1;
                previousLink = null;
                chained = false;
                reported = false;
            }
            Problem problem = null;
            if (link == null) {
                if (legacyAllowed && !chained) {
                    unchained++;
                } else {
                    problem = Problem.LINK_MISSING;
                }
            } else {
                chained = true;
                boolean follows = sequence == previousSequence + 1;
                byte[] expected = ChainLink.of(
                        follows ? previousLink : null,
                        id,
                        sequence,
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getBytes(9),
                        rs.getBytes(10));
                if (!follows) {
                    problem = Problem.EVENTS_MISSING;
                } else if (!Arrays.equals(expected, link)) {
                    problem = Problem.LINK_MISMATCH;
                }
            }
            if (problem != null && !reported) {
                reported = true;
                brokenStreams++;
                if (broken.size() < MAX_REPORTED) {
                    broken.add(new BrokenLink(id, sequence, rs.getLong(1), rs.getString(4), problem));
                }
            }
            previousSequence = sequence;
            previousLink = link;
        }
        return new VerificationReport(streams, events, unchained, List.copyOf(broken), brokenStreams > broken.size());
    }
}
