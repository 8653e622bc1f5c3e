package org.marketplace.complaints.query.queue;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.view.QueueEntryKind;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.readmodel.DefersWrites;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.marketplace.complaints.query.readmodel.tables.PerTableSet;
import org.marketplace.complaints.query.readmodel.tables.SetBoundProjection;
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The arbitration queue: intervened complaints and pending withdrawal requests. Whether a complaint waits, and
 * since when, follows from its facts alone, so after each event its entries are replaced by what the facts
 * say now: no per-event bookkeeping that could drift from the rules. Within a processor's batch the entries are
 * written when it commits (readmodel.RowWrites), with their counts (QueueCounts). Each of the two table sets
 * (readmodel.tables) is written by its own processor, this bean the primary one, its twin the shadow.
 */
@Component
@ProcessingGroup(ArbitrationQueueProjection.GROUP)
public class ArbitrationQueueProjection extends SetBoundProjection<QueueTables> implements DefersWrites {

    public static final String GROUP = "arbitration-queue";

    private final JdbcTemplate jdbc;

    /** {@code streams}: where facts stored under another fold version are rebuilt from (readmodel.FoldedFacts). */
    @Autowired
    public ArbitrationQueueProjection(JdbcTemplate jdbc, ComplaintStreams streams) {
        this(jdbc, new PerTableSet<>(jdbc, GROUP, set -> QueueTables.in(set, jdbc, streams)), TableSet.PRIMARY);
    }

    private ArbitrationQueueProjection(JdbcTemplate jdbc, PerTableSet<QueueTables> tables, TableSet writes) {
        super(tables, writes);
        this.jdbc = jdbc;
    }

    @Override
    public ArbitrationQueueProjection into(TableSet set) {
        return new ArbitrationQueueProjection(jdbc, sets(), set);
    }

    @EventHandler
    void on(ComplaintEvent event, @SequenceNumber long sequence) {
        QueueTables into = written();
        into.facts().change(event, sequence).ifPresent(change -> {
            replaceEntries(into, change.after());
            into.counts().changed(change.before(), change.after());
        });
    }

    private void replaceEntries(QueueTables into, ComplaintFacts now) {
        String id = now.complaintId().value();
        into.writes().update(id, "DELETE FROM " + into.entries() + " WHERE complaint_id = ?", id);
        for (QueueEntryKind kind : QueueEntryKind.openIn(now)) {
            into.writes().update(id, "INSERT INTO " + into.entries() + " (complaint_id, kind, category, assignee, "
                            + "since) VALUES (?, ?, ?, ?, ?)", id, kind.name(), now.category().name(),
                    now.assignee() == null ? null : now.assignee().value(), SqlTime.of(kind.since(now)));
        }
    }

    @Override
    public boolean defersWrites() {
        return written().writes().deferred();
    }

    @Override
    public void clear() {
        QueueTables into = written();
        jdbc.update("DELETE FROM " + into.entries());
        into.counts().clear();
        into.facts().clear();
    }
}
