package org.marketplace.complaints.query.summaries.mycomplaints;

import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.query.FindMyComplaints;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.summaries.SummaryProjection;
import org.marketplace.complaints.query.summaries.SummaryTable;
import org.springframework.stereotype.Component;

/** The buyer's "My Complaints": one row a complaint, found by its buyer. */
@Component
@ProcessingGroup(MyComplaintsProjection.GROUP)
public class MyComplaintsProjection extends SummaryProjection {

    public static final String GROUP = "my-complaints";
    static final SummaryTable TABLE = new SummaryTable("my_complaints", "buyer_id", ComplaintFacts::buyerId);

    public MyComplaintsProjection(DataSource dataSource, Clock clock, ComplaintStreams streams) {
        super(GROUP, dataSource, TABLE, clock, streams);
    }

    @QueryHandler
    public ComplaintSummaryPage find(FindMyComplaints query) {
        return page(query.buyerId(), query.state(), query.page(), query.size(), Actor.buyer(query.buyerId()));
    }
}
