package org.marketplace.complaints.query.summaries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.marketplace.complaints.api.BuyerId;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.SellerId;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.query.FindMyComplaints;
import org.marketplace.complaints.api.query.FindShopComplaints;
import org.marketplace.complaints.api.view.ComplaintSummary;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.readmodel.RecordedStreams;
import org.marketplace.complaints.query.summaries.mycomplaints.MyComplaintsProjection;
import org.marketplace.complaints.query.summaries.shopcomplaints.ShopComplaintsProjection;
import org.marketplace.complaints.query.testdb.TestDatabases;

/**
 * Both list projections without Spring, over their own fresh in-memory database migrated like the service's,
 * with a clock fixed a day after the default filing (the seller's response window still open).
 */
final class SummaryFixture {

    static final Instant NOW = ComplaintStream.FILED_AT.plus(Duration.ofDays(1));

    final MyComplaintsProjection myComplaints;
    final ShopComplaintsProjection shopComplaints;

    SummaryFixture() {
        this(NOW);
    }

    SummaryFixture(Instant now) {
        this(TestDatabases.migrated(), now, RecordedStreams.none());
    }

    /** {@code streams}: the event store rows stored under another fold version are rebuilt from. */
    SummaryFixture(DataSource database, Instant now, ComplaintStreams streams) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        myComplaints = new MyComplaintsProjection(database, clock, streams);
        shopComplaints = new ShopComplaintsProjection(database, clock, streams);
    }

    /** Delivers every event of each stream with its sequence number, as the event processors would. */
    SummaryFixture given(ComplaintStream... streams) {
        for (ComplaintStream stream : streams) {
            List<ComplaintEvent> events = stream.events();
            for (int sequence = 0; sequence < events.size(); sequence++) {
                deliver(events.get(sequence), sequence);
            }
        }
        return this;
    }

    void deliver(ComplaintEvent event, long sequence) {
        myComplaints.on(event, sequence);
        shopComplaints.on(event, sequence);
    }

    ComplaintSummaryPage myComplaints(BuyerId buyer, ComplaintState state, int page, int size) {
        return myComplaints.find(new FindMyComplaints(buyer, state, page, size));
    }

    ComplaintSummaryPage shopComplaints(SellerId seller, ComplaintState state, int page, int size) {
        return shopComplaints.find(new FindShopComplaints(seller, state, page, size));
    }

    /** The default buyer's list, which the test expects to hold exactly one complaint. */
    ComplaintSummary theBuyersOnlySummary() {
        return single(myComplaints(ComplaintStream.BUYER, null, 0, 20));
    }

    ComplaintSummary theSellersOnlySummary() {
        return single(shopComplaints(ComplaintStream.SELLER, null, 0, 20));
    }

    private static ComplaintSummary single(ComplaintSummaryPage page) {
        if (page.items().size() != 1 || page.totalItems() != 1) {
            throw new AssertionError("expected exactly one complaint, got " + page);
        }
        return page.items().get(0);
    }
}
