package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.view.ComplaintSummary;
import org.marketplace.complaints.api.view.OfferView;

/** The shop's list: the same complaints, with the seller's actions and never a withdrawal option. */
class SellerSummaryTest {

    static final SellerId OTHER_SELLER = new SellerId("seller-2");

    @Test
    void complaintFiled_letsTheSellerRespondOrOffer_withinTheResponseWindow() {
        ComplaintStream filed = aFiledComplaint();

        assertThat(new SummaryFixture().given(filed).theSellersOnlySummary())
                .isEqualTo(ExpectedSummary.of(filed).actions(ADD_EVIDENCE, RESPOND, OFFER_SETTLEMENT).build());
    }

    @Test
    void complaintFiled_afterTheResponseWindowClosed_leavesTheSellerOnlyEvidence() {
        ComplaintStream filed = aFiledComplaint();
        SummaryFixture afterTheWindow = new SummaryFixture(filed.filedAt().plus(Duration.ofHours(49)));

        assertThat(afterTheWindow.given(filed).theSellersOnlySummary())
                .isEqualTo(ExpectedSummary.of(filed).actions(ADD_EVIDENCE).build());
    }

    @Test
    void settlementOffered_showsTheSellersOpenOffer_andNoSecondOne() {
        ComplaintStream offered = aFiledComplaint().sellerResponded()
                .offered(new OfferId("offer-1"), new SettlementTerms(OfferType.EXCHANGE, null));

        assertThat(new SummaryFixture().given(offered).theSellersOnlySummary())
                .isEqualTo(TheBuyerSees.aNegotiation(offered)
                        .offer(new OfferView(new OfferId("offer-1"), OfferType.EXCHANGE, null))
                        .options().actions(ADD_EVIDENCE, REQUEST_INTERVENTION).build());
    }

    @Test
    void anotherShopsComplaints_neverAppear() {
        ComplaintStream mine = aFiledComplaint();
        ComplaintStream theirs = aFiledComplaint(ComplaintStream.BUYER, OTHER_SELLER, new OrderId("order-2"),
                ComplaintStream.FILED_AT);
        SummaryFixture lists = new SummaryFixture().given(mine, theirs);

        assertThat(lists.theSellersOnlySummary().complaintId()).isEqualTo(mine.id());
        assertThat(lists.shopComplaints(OTHER_SELLER, null, 0, 20).items())
                .extracting(ComplaintSummary::complaintId).containsExactly(theirs.id());
    }
}
