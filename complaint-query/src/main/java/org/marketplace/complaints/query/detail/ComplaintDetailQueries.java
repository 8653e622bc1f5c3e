package org.marketplace.complaints.query.detail;

import java.time.Clock;
import org.axonframework.queryhandling.QueryHandler;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.query.FindComplaintDetail;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.view.ComplaintDetail;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.readmodel.tables.PerTableSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers a complaint's detail to its parties and to staff; to anyone else the complaint does not exist. What the
 * viewer may not see (staff ids, for the parties: StaffIds) is left out here, at query time, so the rows keep all.
 */
@Component
public class ComplaintDetailQueries {

    private final PerTableSet<DetailTables> tables;
    private final Clock clock;

    /**
     * {@code clock}: the read side's now (config.ClockConfig); the available actions, and whether a ruling is final,
     * depend on it; {@code streams}: where facts stored under another fold version are rebuilt from before they
     * are answered (readmodel.FoldedFacts).
     */
    public ComplaintDetailQueries(JdbcTemplate jdbc, Clock clock, ComplaintStreams streams) {
        this.tables = new PerTableSet<>(jdbc, ComplaintDetailProjection.GROUP,
                set -> DetailTables.in(set, jdbc, streams));
        this.clock = clock;
    }

    @QueryHandler
    public ComplaintDetail handle(FindComplaintDetail query) {
        // the facts and the rows from the same table set, even if a rebuild switches sets meanwhile
        DetailTables from = tables.forQueries();
        ComplaintFacts found = from.facts().find(query.complaintId())
                .filter(complaint -> maySee(complaint, query.viewer()))
                .orElseThrow(() -> new ComplaintNotFoundException(query.complaintId()));
        return from.detailOf(found, query.viewer(), clock.instant());
    }

    /** A buyer sees only their own complaints, a seller only those against their shop; staff see every one. */
    static boolean maySee(ComplaintFacts complaint, Actor viewer) {
        return switch (viewer.role()) {
            case BUYER -> viewer.is(Role.BUYER, complaint.buyerId());
            case SELLER -> viewer.is(Role.SELLER, complaint.sellerId());
            case ARBITRATOR, SUPERVISOR, AUDITOR -> true;
            case OPERATOR -> false;
        };
    }
}
