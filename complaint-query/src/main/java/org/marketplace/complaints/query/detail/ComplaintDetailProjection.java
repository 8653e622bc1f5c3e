package org.marketplace.complaints.query.detail;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.readmodel.DefersWrites;
import org.marketplace.complaints.query.readmodel.tables.PerTableSet;
import org.marketplace.complaints.query.readmodel.tables.SetBoundProjection;
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The complaint detail: the facts (for the summary part and the access check), and the whole case: what was
 * filed, answered and ruled, the timeline, the evidence, the offers, the requests, suggestions and interventions.
 * Every event first folds into the facts; only an event folded for the first time writes rows, so a redelivery or
 * a replay's overlap never duplicates a timeline entry. Within a processor's batch the rows are written when it
 * commits (readmodel.RowWrites). Each of the two table sets (readmodel.tables) is
 * written by its own processor, this bean the primary one, its twin the shadow.
 */
@Component
@ProcessingGroup(ComplaintDetailProjection.GROUP)
public class ComplaintDetailProjection extends SetBoundProjection<DetailTables> implements DefersWrites {

    public static final String GROUP = "complaint-detail";

    /** {@code streams}: where facts stored under another fold version are rebuilt from (readmodel.FoldedFacts). */
    @Autowired
    public ComplaintDetailProjection(JdbcTemplate jdbc, ComplaintStreams streams) {
        this(new PerTableSet<>(jdbc, GROUP, set -> DetailTables.in(set, jdbc, streams)), TableSet.PRIMARY);
    }

    private ComplaintDetailProjection(PerTableSet<DetailTables> tables, TableSet writes) {
        super(tables, writes);
    }

    @Override
    public ComplaintDetailProjection into(TableSet set) {
        return new ComplaintDetailProjection(sets(), set);
    }

    /** {@code actor}: who acted, as the command side recorded it (ROLE:id, or SYSTEM:deadline). */
    @EventHandler
    void on(ComplaintEvent event, @SequenceNumber long sequence, @MetaDataValue("actor") String actor) {
        DetailTables into = written();
        into.facts().fold(event, sequence).ifPresent(after -> into.record(event, sequence, actor, after));
    }

    @Override
    public boolean defersWrites() {
        return written().writes().deferred();
    }

    @Override
    public void clear() {
        written().clear();
    }
}
