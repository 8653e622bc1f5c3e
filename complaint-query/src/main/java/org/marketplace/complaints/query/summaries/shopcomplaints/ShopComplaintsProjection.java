package org.marketplace.complaints.query.summaries.shopcomplaints;

import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.query.FindShopComplaints;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.summaries.SummaryProjection;
import org.marketplace.complaints.query.summaries.SummaryTable;
import org.springframework.stereotype.Component;

/** The seller's "complaints against my shop": one row a complaint, found by its seller, with the seller's actions. */
@Component
@ProcessingGroup(ShopComplaintsProjection.GROUP)
public class ShopComplaintsProjection extends SummaryProjection {

    public static final String GROUP = "shop-complaints";
    static final SummaryTable TABLE = new SummaryTable("shop_complaints", "seller_id", ComplaintFacts::sellerId);

    public ShopComplaintsProjection(DataSource dataSource, Clock clock, ComplaintStreams streams) {
        super(GROUP, dataSource, TABLE, clock, streams);
    }

    @QueryHandler
    public ComplaintSummaryPage find(FindShopComplaints query) {
        return page(query.sellerId(), query.state(), query.page(), query.size(), Actor.seller(query.sellerId()));
    }
}
