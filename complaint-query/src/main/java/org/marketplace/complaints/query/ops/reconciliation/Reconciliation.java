package org.marketplace.complaints.query.ops.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.marketplace.complaints.query.freshness.ClusterProgress;
import org.marketplace.complaints.query.ops.processors.EventStoreHead;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every read model against the event store, for operators (HTTP and command line alike). A complaint is
 * missing when its row is absent or behind the store's last event of it at or below the processor's
 * position: an event the processor has not reached yet is not missing, one it passed without applying is
 * (a slow commit the token had already passed, a dead letter). Each read model takes one grouped join over
 * the store, never a query per complaint. The token is read before the rows: rows only move forward, so a
 * projection running meanwhile cannot make a complaint look missing. The position is the stored tokens'
 * (ClusterProgress), so the check also runs from the command line, where no processor claims a segment.
 */
@Component
public class Reconciliation {

    /** An answer lists this many missing complaints and counts the rest. */
    static final int MAX_LISTED = 1_000;
    static final String AGGREGATE_TYPE = "Complaint";

    private final JdbcTemplate jdbc;
    private final ClusterProgress progress;
    private final EventStoreHead head;
    private final ReadModelTables tables;

    Reconciliation(JdbcTemplate jdbc, ClusterProgress progress, EventStoreHead head, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.head = head;
        this.tables = tables;
    }

    public List<ReadModelReconciliation> run() {
        return ReconciledTable.ALL.stream().map(this::reconcile).toList();
    }

    /** The table set the queries read, at the position of the processor that feeds it (readmodel.tables). */
    ReadModelReconciliation reconcile(ReconciledTable model) {
        TableSetState sets = tables.state(model.readModel());
        String table = sets.active().table(model.table());
        // -1 while some segment has no token yet, or the processor has never run: nothing to compare yet
        long position = progress.of(sets.activeProcessor()).lowest();
        long storeComplaints = count("SELECT COUNT(DISTINCT aggregateIdentifier) FROM DomainEventEntry WHERE type = ?",
                AGGREGATE_TYPE);
        long complaints = count("SELECT COUNT(*) FROM " + table);
        List<MissingComplaint> missing = new ArrayList<>();
        AtomicLong missingCount = new AtomicLong();
        if (position >= 0) {
            jdbc.query(missingSql(table), row -> {
                if (missingCount.incrementAndGet() <= MAX_LISTED) {
                    missing.add(new MissingComplaint(row.getString("complaint_id"),
                            row.getObject("applied", Long.class), row.getLong("stored")));
                }
            }, AGGREGATE_TYPE, position);
        }
        return new ReadModelReconciliation(model.readModel(), complaints, storeComplaints,
                position >= 0 ? position : null, head.position(), missing, missingCount.get());
    }

    private static String missingSql(String table) {
        return "SELECT s.aggregateIdentifier AS complaint_id, r.last_sequence AS applied, s.stored"
                + " FROM (SELECT aggregateIdentifier, MAX(sequenceNumber) AS stored FROM DomainEventEntry"
                + " WHERE type = ? AND globalIndex <= ? GROUP BY aggregateIdentifier) s"
                + " LEFT JOIN " + table + " r ON r.complaint_id = s.aggregateIdentifier"
                + " WHERE r.complaint_id IS NULL OR r.last_sequence < s.stored ORDER BY s.aggregateIdentifier";
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
