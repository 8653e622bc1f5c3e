package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.query.summaries.ComplaintStream.BUYER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.FILED_AT;
import static org.marketplace.complaints.query.summaries.ComplaintStream.SELLER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.BuyerId;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.OrderId;
import org.marketplace.complaints.api.view.ComplaintSummary;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;

/** Which complaints a list holds and in which order: newest filing first, a state filter, pages. */
class SummaryListingTest {

    final ComplaintStream oldest = filedHoursAfterTheFirst("order-a", 0);
    final ComplaintStream tiedOne = filedHoursAfterTheFirst("order-b", 5).sellerResponded();
    final ComplaintStream tiedTwo = filedHoursAfterTheFirst("order-c", 5);
    final ComplaintStream newest = filedHoursAfterTheFirst("order-d", 9).sellerResponded();
    final ComplaintStream anotherBuyers = aFiledComplaint(new BuyerId("buyer-2"), SELLER, new OrderId("order-e"),
            FILED_AT.plus(Duration.ofHours(7)));
    final SummaryFixture lists = new SummaryFixture().given(oldest, tiedOne, tiedTwo, newest, anotherBuyers);

    @Test
    void newestFilingComesFirst_andTheComplaintIdOrdersTies() {
        assertThat(ids(lists.myComplaints(BUYER, null, 0, 20))).containsExactly(
                newest.id(), firstOf(tiedOne, tiedTwo).id(), lastOf(tiedOne, tiedTwo).id(), oldest.id());
    }

    @Test
    void aStateFilter_listsAndCountsOnlyThatState() {
        ComplaintSummaryPage negotiating = lists.myComplaints(BUYER, ComplaintState.NEGOTIATING, 0, 20);

        assertThat(ids(negotiating)).containsExactly(newest.id(), tiedOne.id());
        assertThat(negotiating.totalItems()).isEqualTo(2);
        assertThat(lists.myComplaints(BUYER, ComplaintState.RULED, 0, 20).totalItems()).isZero();
    }

    @Test
    void pages_splitTheListInOrder_andCountEveryItem() {
        ComplaintSummaryPage second = lists.myComplaints(BUYER, null, 1, 3);

        assertThat(ids(second)).containsExactly(oldest.id());
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(lists.myComplaints(BUYER, null, 7, 3).items()).isEmpty();
    }

    @Test
    void anotherBuyersComplaints_neverAppear_butTheShopListsEveryBuyers() {
        assertThat(ids(lists.myComplaints(BUYER, null, 0, 20))).doesNotContain(anotherBuyers.id());
        assertThat(ids(lists.myComplaints(new BuyerId("buyer-2"), null, 0, 20))).containsExactly(anotherBuyers.id());
        assertThat(lists.shopComplaints(SELLER, null, 0, 20).totalItems()).isEqualTo(5);
    }

    static ComplaintStream filedHoursAfterTheFirst(String order, int hours) {
        return aFiledComplaint(BUYER, SELLER, new OrderId(order), FILED_AT.plus(Duration.ofHours(hours)));
    }

    static ComplaintStream firstOf(ComplaintStream a, ComplaintStream b) {
        return Stream.of(a, b).min(Comparator.comparing(s -> s.id().value())).orElseThrow();
    }

    static ComplaintStream lastOf(ComplaintStream a, ComplaintStream b) {
        return firstOf(a, b) == a ? b : a;
    }

    static List<ComplaintId> ids(ComplaintSummaryPage page) {
        return page.items().stream().map(ComplaintSummary::complaintId).toList();
    }
}
