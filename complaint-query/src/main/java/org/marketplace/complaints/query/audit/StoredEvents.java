package org.marketplace.complaints.query.audit;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.marketplace.complaints.platform.integrity.StoredEventRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the event store's rows directly (Axon's DomainEventEntry): the audit needs the global position and the
 * stored bytes, which Axon's own readEvents does not hand out. Read-only.
 */
@Component
class StoredEvents {

    private static final String COLUMNS = StoredEvent.COLUMNS;

    private final JdbcTemplate jdbc;
    private final StreamedQuery streamed;

    StoredEvents(JdbcTemplate jdbc, StreamedQuery streamed) {
        this.jdbc = jdbc;
        this.streamed = streamed;
    }

    List<StoredEvent> ofComplaint(String complaintId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", StoredEventRows::map, complaintId);
    }

    /**
     * The global stream in order, one row at a time. Times are stored as ISO-8601 text whose fraction varies in
     * length, so the SQL range is widened by a second on each side and the exact bound is applied here.
     */
    void streamRange(Instant from, Instant to, String payloadType, Consumer<StoredEvent> each) {
        String sql = "SELECT " + COLUMNS + " FROM DomainEventEntry WHERE timeStamp >= ? AND timeStamp <= ?"
                + (payloadType == null ? "" : " AND payloadType = ?") + " ORDER BY globalIndex";
        Object[] args = payloadType == null
                ? new Object[]{from.minusSeconds(1).toString(), to.plusSeconds(1).toString()}
                : new Object[]{from.minusSeconds(1).toString(), to.plusSeconds(1).toString(), payloadType};
        streamed.stream(sql, args, rs -> {
            StoredEvent event = StoredEventRows.map(rs, 0);
            Instant at = Instant.parse(event.timeStamp());
            if (!at.isBefore(from) && !at.isAfter(to)) {
                each.accept(event);
            }
        });
    }
}
