package org.marketplace.complaints.query.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.marketplace.complaints.platform.integrity.StoredEventRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Reads the event store's rows directly (Axon's DomainEventEntry), for what Axon's readEvents does not hand out:
 * the stored bytes the hash chain covers, and a complaint's global positions. What the events say is read
 * through Axon (ComplaintHistory, EventExport), so that upcasters apply. Read-only.
 */
@Component
class StoredEvents {

    private final JdbcTemplate jdbc;

    StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredEvent> ofComplaint(String complaintId) {
        return jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", StoredEventRows::map, complaintId);
    }

    /** Event identifier to global position, for a complaint's events. */
    Map<String, Long> positionsOf(String complaintId) {
        Map<String, Long> positions = new HashMap<>();
        jdbc.query("SELECT eventIdentifier, globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                (RowCallbackHandler) rs -> positions.put(rs.getString(1), rs.getLong(2)), complaintId);
        return positions;
    }
}
