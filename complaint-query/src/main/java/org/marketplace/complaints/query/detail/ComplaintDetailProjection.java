package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.query.readmodel.FoldedFacts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The complaint detail: the facts (for the summary part and the access check), and the story told by the
 * timeline, the evidence and the offers. Every event first folds into the facts; only an event folded for the
 * first time writes rows, so a redelivery or a replay's overlap never duplicates a timeline entry.
 */
@Component
@ProcessingGroup(ComplaintDetailProjection.GROUP)
public class ComplaintDetailProjection {

    public static final String GROUP = "complaint-detail";
    static final String FACTS_TABLE = "complaint_detail";

    private final FoldedFacts facts;
    private final TimelineRows timeline;
    private final EvidenceRows evidence;
    private final OfferRows offers;

    public ComplaintDetailProjection(JdbcTemplate jdbc) {
        this.facts = new FoldedFacts(jdbc, FACTS_TABLE);
        this.timeline = new TimelineRows(jdbc);
        this.evidence = new EvidenceRows(jdbc);
        this.offers = new OfferRows(jdbc);
    }

    /** {@code actor}: who acted, as the command side recorded it (ROLE:id, or SYSTEM:deadline). */
    @EventHandler
    void on(ComplaintEvent event, @SequenceNumber long sequence, @MetaDataValue("actor") String actor) {
        facts.fold(event, sequence).ifPresent(after -> {
            timeline.append(event, sequence, actor);
            evidence.recordFrom(event, sequence, after);
            offers.recordFrom(event, sequence);
        });
    }

    @ResetHandler
    void clear() {
        timeline.clear();
        evidence.clear();
        offers.clear();
        facts.clear();
    }
}
