package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.query.readmodel.FoldedFacts;
import java.time.Clock;
import org.axonframework.queryhandling.QueryHandler;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.query.FindComplaintDetail;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.view.ComplaintDetail;
import org.marketplace.complaints.api.view.ComplaintSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers a complaint's detail to its parties and to staff; to anyone else the complaint does not exist. */
@Component
public class ComplaintDetailQueries {

    private final FoldedFacts facts;
    private final TimelineRows timeline;
    private final EvidenceRows evidence;
    private final OfferRows offers;
    private final Clock clock;

    /** {@code clock}: the read side's now (config.ClockConfig); the available actions depend on it. */
    public ComplaintDetailQueries(JdbcTemplate jdbc, Clock clock) {
        this.facts = new FoldedFacts(jdbc, ComplaintDetailProjection.FACTS_TABLE);
        this.timeline = new TimelineRows(jdbc);
        this.evidence = new EvidenceRows(jdbc);
        this.offers = new OfferRows(jdbc);
        this.clock = clock;
    }

    @QueryHandler
    public ComplaintDetail handle(FindComplaintDetail query) {
        ComplaintFacts found = facts.find(query.complaintId())
                .filter(complaint -> maySee(complaint, query.viewer()))
                .orElseThrow(() -> new ComplaintNotFoundException(query.complaintId()));
        return new ComplaintDetail(ComplaintSummary.of(found, query.viewer(), clock.instant()),
                timeline.of(query.complaintId()), evidence.of(query.complaintId()), offers.of(query.complaintId()));
    }

    /** A buyer sees only their own complaints, a seller only those against their shop; staff see every one. */
    static boolean maySee(ComplaintFacts complaint, Actor viewer) {
        return switch (viewer.role()) {
            case BUYER -> viewer.is(Role.BUYER, complaint.buyerId());
            case SELLER -> viewer.is(Role.SELLER, complaint.sellerId());
            case ARBITRATOR, AUDITOR -> true;
            case OPERATOR -> false;
        };
    }
}
