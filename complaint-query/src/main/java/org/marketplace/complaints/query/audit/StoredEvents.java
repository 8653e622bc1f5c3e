package org.marketplace.complaints.query.audit;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.marketplace.complaints.platform.integrity.StoredEventRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the event store's rows directly (Axon's DomainEventEntry): the audit needs the global position and the
 * stored bytes, which Axon's own readEvents does not hand out. Read-only.
 */
@Component
class StoredEvents {

    private static final String COLUMNS = StoredEvent.COLUMNS;
    /** Rows fetched per round trip while streaming: the export never holds the whole range in memory. */
    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    StoredEvents(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    List<StoredEvent> ofComplaint(String complaintId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", StoredEventRows::map, complaintId);
    }

    /**
     * The global stream in order, one row at a time. Times are stored as ISO-8601 text whose fraction varies in
     * length, so the SQL range is widened by a second on each side and the exact bound is applied here. In a
     * read-only transaction: PostgreSQL's driver honours the fetch size only with auto-commit off, and otherwise
     * reads the whole result into memory before the first row.
     */
    void streamRange(Instant from, Instant to, String payloadType, Consumer<StoredEvent> each) {
        readOnly.executeWithoutResult(transaction -> queryRange(from, to, payloadType, each));
    }

    private void queryRange(Instant from, Instant to, String payloadType, Consumer<StoredEvent> each) {
        String sql = "SELECT " + COLUMNS + " FROM DomainEventEntry WHERE timeStamp >= ? AND timeStamp <= ?"
                + (payloadType == null ? "" : " AND payloadType = ?") + " ORDER BY globalIndex";
        Object[] args = payloadType == null
                ? new Object[]{from.minusSeconds(1).toString(), to.plusSeconds(1).toString()}
                : new Object[]{from.minusSeconds(1).toString(), to.plusSeconds(1).toString(), payloadType};
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, (RowCallbackHandler) rs -> {
            StoredEvent event = StoredEventRows.map(rs, 0);
            Instant at = Instant.parse(event.timeStamp());
            if (!at.isBefore(from) && !at.isAfter(to)) {
                each.accept(event);
            }
        });
    }
}
