package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.query.summaries.ComplaintStream.ARBITER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.BUYER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.FILED_AT;
import static org.marketplace.complaints.query.summaries.ComplaintStream.SELLER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.BuyerId;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.InterventionReason;
import org.marketplace.complaints.api.OrderId;
import org.marketplace.complaints.api.SellerId;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.WithdrawalRequestId;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;

/**
 * A list page's total is kept by the projection (readmodel.StripedCounts, V24), not counted: whatever state the
 * complaints move to (an event delivered again changing nothing), every owner's total, and every state's, is the
 * number of complaints the list holds; a rebuild counts again from the first event.
 */
class ListTotalsTest {

    private static final BuyerId OTHER_BUYER = new BuyerId("buyer-2");
    private static final SellerId OTHER_SELLER = new SellerId("seller-2");
    private static final List<ComplaintState> STATES = new ArrayList<>(Arrays.asList(ComplaintState.values()));

    static {
        STATES.add(null);
    }

    private final SummaryFixture lists = new SummaryFixture();
    private final ComplaintStream ruled = filed(BUYER, SELLER, "order-a", 0);
    private final ComplaintStream requested = filed(BUYER, SELLER, "order-b", 1);
    private final ComplaintStream otherBuyers = filed(OTHER_BUYER, SELLER, "order-c", 2);
    private final ComplaintStream otherShops = filed(BUYER, OTHER_SELLER, "order-d", 3);

    @Test
    void everyOwnersAndStatesTotal_isWhatTheListHolds_asComplaintsMoveOn() {
        deliverAndCheck();
        ruled.sellerResponded();
        requested.sellerResponded();
        otherBuyers.sellerResponded();
        deliverAndCheck();
        ruled.intervened(InterventionReason.REQUESTED_BY_BUYER, Actor.buyer(BUYER));
        requested.withdrawalRequested(new WithdrawalRequestId("request-1"), WithdrawalReason.MISUNDERSTANDING, false);
        deliverAndCheck();
        ruled.assigned(ARBITER).ruled();
        deliverAndCheck();

        assertThat(lists.myComplaints(BUYER, ComplaintState.RULED, 0, 20).totalItems()).isEqualTo(1);
        assertThat(lists.myComplaints(BUYER, null, 0, 20).totalItems()).isEqualTo(3);
        assertThat(lists.shopComplaints(SELLER, null, 0, 20).totalItems()).isEqualTo(3);
    }

    @Test
    void aRebuild_countsAgainFromTheFirstEvent() {
        ruled.sellerResponded().intervened(InterventionReason.REQUESTED_BY_BUYER, Actor.buyer(BUYER));
        deliverAndCheck();

        lists.myComplaints.clear();
        lists.shopComplaints.clear();
        assertThat(lists.myComplaints(BUYER, null, 0, 20).totalItems()).isZero();
        deliverAndCheck();
        assertThat(lists.myComplaints(BUYER, null, 0, 20).totalItems()).isEqualTo(3);
    }

    private static ComplaintStream filed(BuyerId buyer, SellerId seller, String order, int hours) {
        return aFiledComplaint(buyer, seller, new OrderId(order), FILED_AT.plus(Duration.ofHours(hours)));
    }

    /** Delivers each complaint's events so far (those delivered before come again and change nothing). */
    private void deliverAndCheck() {
        lists.given(ruled, requested, otherBuyers, otherShops);
        SoftAssertions softly = new SoftAssertions();
        for (ComplaintState state : STATES) {
            for (BuyerId buyer : List.of(BUYER, OTHER_BUYER)) {
                ComplaintSummaryPage page = lists.myComplaints(buyer, state, 0, 100);
                softly.assertThat(page.totalItems()).as("%s's total in %s", buyer, state).isEqualTo(page.items().size());
            }
            for (SellerId seller : List.of(SELLER, OTHER_SELLER)) {
                ComplaintSummaryPage page = lists.shopComplaints(seller, state, 0, 100);
                softly.assertThat(page.totalItems()).as("%s's total in %s", seller, state)
                        .isEqualTo(page.items().size());
            }
        }
        softly.assertAll();
    }
}
