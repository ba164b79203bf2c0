package io.inventoryledger.projections.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.h2.api.Trigger;

/** The embedded (H2) store's BEFORE INSERT trigger on domain_event_entry: writes the event's {@link ChainLink}. */
public class H2ChainLinkTrigger implements Trigger {
    private final Map<String, Integer> columns = new HashMap<>();

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM domain_event_entry WHERE 1 = 0");
                ResultSet rs = select.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), i - 1);
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String stream = (String) value(newRow, "aggregate_identifier");
        long sequence = ((Number) value(newRow, "sequence_number")).longValue();
        byte[] previous = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT chain_link FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = ?")) {
            select.setString(1, stream);
            select.setLong(2, sequence - 1);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    previous = rs.getBytes(1);
                }
            }
        }
        newRow[columns.get("chain_link")] = ChainLink.of(
                previous,
                stream,
                sequence,
                (String) value(newRow, "event_identifier"),
                (String) value(newRow, "type"),
                (String) value(newRow, "payload_type"),
                (String) value(newRow, "payload_revision"),
                (String) value(newRow, "time_stamp"),
                (byte[]) value(newRow, "payload"),
                (byte[]) value(newRow, "meta_data"));
    }

    private Object value(Object[] row, String column) {
        return row[columns.get(column)];
    }
}
