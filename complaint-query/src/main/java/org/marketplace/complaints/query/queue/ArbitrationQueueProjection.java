package org.marketplace.complaints.query.queue;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.view.QueueEntryKind;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.marketplace.complaints.query.readmodel.tables.PerTableSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The arbitration queue: intervened complaints and pending withdrawal requests. Whether a complaint waits, and
 * since when, follows from its facts alone, so after each event its entries are replaced by what the facts
 * say now: no per-event bookkeeping that could drift from the rules. Events go to the table set being built
 * (readmodel.tables), which is the active one unless a rebuild is on.
 */
@Component
@ProcessingGroup(ArbitrationQueueProjection.GROUP)
public class ArbitrationQueueProjection {

    public static final String GROUP = "arbitration-queue";

    private final JdbcTemplate jdbc;
    private final PerTableSet<QueueTables> tables;

    /** {@code streams}: where facts stored under another fold version are rebuilt from (readmodel.FoldedFacts). */
    public ArbitrationQueueProjection(JdbcTemplate jdbc, ComplaintStreams streams) {
        this.jdbc = jdbc;
        this.tables = new PerTableSet<>(jdbc, GROUP, set -> QueueTables.in(set, jdbc, streams));
    }

    @EventHandler
    void on(ComplaintEvent event, @SequenceNumber long sequence) {
        QueueTables into = tables.forEvents();
        into.facts().fold(event, sequence).ifPresent(now -> replaceEntries(into, now));
    }

    private void replaceEntries(QueueTables into, ComplaintFacts now) {
        String id = now.complaintId().value();
        jdbc.update("DELETE FROM " + into.entries() + " WHERE complaint_id = ?", id);
        for (QueueEntryKind kind : QueueEntryKind.openIn(now)) {
            jdbc.update("INSERT INTO " + into.entries() + " (complaint_id, kind, category, assignee, since) "
                            + "VALUES (?, ?, ?, ?, ?)", id, kind.name(), now.category().name(),
                    now.assignee() == null ? null : now.assignee().value(), SqlTime.of(kind.since(now)));
        }
    }

    /** During a rebuild this empties the set being built (already empty), never the queue queries read. */
    @ResetHandler
    void clear() {
        QueueTables into = tables.forEvents();
        jdbc.update("DELETE FROM " + into.entries());
        into.facts().clear();
    }
}
