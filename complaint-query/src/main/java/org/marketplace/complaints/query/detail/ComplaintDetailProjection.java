package org.marketplace.complaints.query.detail;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.readmodel.tables.PerTableSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The complaint detail: the facts (for the summary part and the access check), and the whole case: what was
 * filed, answered and ruled, the timeline, the evidence, the offers, the requests, suggestions and interventions.
 * Every event first folds into the facts; only an event folded for the first time writes rows, so a redelivery or
 * a replay's overlap never duplicates a timeline entry. Events go to
 * the table set being built (readmodel.tables), which is the active one unless a rebuild is on.
 */
@Component
@ProcessingGroup(ComplaintDetailProjection.GROUP)
public class ComplaintDetailProjection {

    public static final String GROUP = "complaint-detail";

    private final PerTableSet<DetailTables> tables;

    /** {@code streams}: where facts stored under another fold version are rebuilt from (readmodel.FoldedFacts). */
    public ComplaintDetailProjection(JdbcTemplate jdbc, ComplaintStreams streams) {
        this.tables = new PerTableSet<>(jdbc, GROUP, set -> DetailTables.in(set, jdbc, streams));
    }

    /** {@code actor}: who acted, as the command side recorded it (ROLE:id, or SYSTEM:deadline). */
    @EventHandler
    void on(ComplaintEvent event, @SequenceNumber long sequence, @MetaDataValue("actor") String actor) {
        DetailTables into = tables.forEvents();
        into.facts().fold(event, sequence).ifPresent(after -> into.record(event, sequence, actor, after));
    }

    /** During a rebuild this empties the set being built (already empty), never the detail queries read. */
    @ResetHandler
    void clear() {
        tables.forEvents().clear();
    }
}
