package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.query.readmodel.FoldedFacts;
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.springframework.jdbc.core.JdbcTemplate;

/** The detail's tables in one table set: the facts, the timeline, the evidence and the offers. */
record DetailTables(FoldedFacts facts, TimelineRows timeline, EvidenceRows evidence, OfferRows offers) {

    static final String FACTS = "complaint_detail";

    static DetailTables in(TableSet set, JdbcTemplate jdbc) {
        return new DetailTables(new FoldedFacts(jdbc, set.table(FACTS)),
                new TimelineRows(jdbc, set.table(TimelineRows.TABLE)),
                new EvidenceRows(jdbc, set.table(EvidenceRows.TABLE)),
                new OfferRows(jdbc, set.table(OfferRows.TABLE)));
    }
}
