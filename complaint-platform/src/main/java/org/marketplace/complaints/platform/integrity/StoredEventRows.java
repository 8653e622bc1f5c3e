package org.marketplace.complaints.platform.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps a DomainEventEntry row selected with {@link StoredEvent#COLUMNS}. */
public final class StoredEventRows {

    private StoredEventRows() {
    }

    public static StoredEvent map(ResultSet rs, int rowNum) throws SQLException {
        return new StoredEvent(rs.getLong("globalIndex"), rs.getString("eventIdentifier"),
                rs.getString("aggregateIdentifier"), rs.getLong("sequenceNumber"), rs.getString("timeStamp"),
                rs.getString("payloadType"), rs.getString("payloadRevision"), rs.getBytes("payload"),
                rs.getBytes("metaData"));
    }
}
