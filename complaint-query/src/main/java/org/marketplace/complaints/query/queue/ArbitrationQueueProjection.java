package org.marketplace.complaints.query.queue;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.view.QueueEntryKind;
import org.marketplace.complaints.query.readmodel.FoldedFacts;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The arbitration queue: intervened complaints and pending withdrawal requests. Whether a complaint waits, and
 * since when, follows from its facts alone, so after each event its entries are replaced by what the facts
 * say now: no per-event bookkeeping that could drift from the rules.
 */
@Component
@ProcessingGroup(ArbitrationQueueProjection.GROUP)
public class ArbitrationQueueProjection {

    public static final String GROUP = "arbitration-queue";
    static final String FACTS_TABLE = "arbitration_queue_facts";

    private final JdbcTemplate jdbc;
    private final FoldedFacts facts;

    public ArbitrationQueueProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.facts = new FoldedFacts(jdbc, FACTS_TABLE);
    }

    @EventHandler
    void on(ComplaintEvent event, @SequenceNumber long sequence) {
        facts.fold(event, sequence).ifPresent(this::replaceEntries);
    }

    private void replaceEntries(ComplaintFacts now) {
        String id = now.complaintId().value();
        jdbc.update("DELETE FROM arbitration_queue WHERE complaint_id = ?", id);
        for (QueueEntryKind kind : QueueEntryKind.openIn(now)) {
            jdbc.update("INSERT INTO arbitration_queue (complaint_id, kind, category, assignee, since) "
                            + "VALUES (?, ?, ?, ?, ?)", id, kind.name(), now.category().name(),
                    now.assignee() == null ? null : now.assignee().value(), SqlTime.of(kind.since(now)));
        }
    }

    @ResetHandler
    void clear() {
        jdbc.update("DELETE FROM arbitration_queue");
        facts.clear();
    }
}
