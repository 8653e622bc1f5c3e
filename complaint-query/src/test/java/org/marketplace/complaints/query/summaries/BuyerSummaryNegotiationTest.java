package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;
import static org.marketplace.complaints.query.summaries.TheBuyerSees.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.view.OfferView;

/** My Complaints from the filing through the negotiation: each event's effect on the buyer's summary. */
class BuyerSummaryNegotiationTest {

    static final OfferId OFFER = new OfferId("offer-1");
    static final SettlementTerms HALF = new SettlementTerms(OfferType.PARTIAL_REFUND, 5_000L);

    final SummaryFixture lists = new SummaryFixture();

    @Test
    void complaintFiled_showsTheSellersResponseDeadline_andEvidenceOrWithdrawalForTheBuyer() {
        ComplaintStream filed = aFiledComplaint();

        assertThat(lists.given(filed).theBuyersOnlySummary()).isEqualTo(aFreshFiling(filed).build());
    }

    @Test
    void sellerResponded_alone_onlyMovesTheUpdateTime() {
        ComplaintStream responded = aFiledComplaint();
        responded.add(new SellerResponded(responded.id(), ComplaintStream.SELLER, SellerPosition.ACKNOWLEDGE, "同意退货",
                List.of(), responded.next()));

        assertThat(lists.given(responded).theBuyersOnlySummary()).isEqualTo(aFreshFiling(responded).build());
    }

    @Test
    void negotiationStarted_showsTheNegotiationDeadline_andLetsTheBuyerAskForIntervention() {
        ComplaintStream negotiating = aFiledComplaint().sellerResponded();

        assertThat(lists.given(negotiating).theBuyersOnlySummary()).isEqualTo(aNegotiation(negotiating).build());
    }

    @Test
    void settlementOffered_showsTheOpenOffer_andLetsTheBuyerAcceptOrDecline() {
        ComplaintStream offered = aFiledComplaint().sellerResponded().offered(OFFER, HALF);

        assertThat(lists.given(offered).theBuyersOnlySummary()).isEqualTo(aNegotiation(offered)
                .offer(new OfferView(OFFER, OfferType.PARTIAL_REFUND, 5_000L))
                .actions(ADD_EVIDENCE, ACCEPT_OFFER, DECLINE_OFFER, WITHDRAW, REQUEST_INTERVENTION).build());
    }

    @Test
    void settlementAccepted_closesTheOffer_andASettledWithdrawalNeedsNoTerms() {
        ComplaintStream accepted = aFiledComplaint().sellerResponded().offered(OFFER, HALF);
        accepted.add(new SettlementAccepted(accepted.id(), OFFER, accepted.next()));

        assertThat(lists.given(accepted).theBuyersOnlySummary()).isEqualTo(aNegotiation(accepted)
                .options(SETTLED_ON_THE_OFFER, LACKING_EVIDENCE_REVIEWED, MISUNDERSTANDING_REVIEWED).build());
    }

    @Test
    void settlementDeclined_closesTheOffer() {
        ComplaintStream declined = aFiledComplaint().sellerResponded().offered(OFFER, HALF);
        declined.add(new SettlementDeclined(declined.id(), OFFER, "太少", declined.next()));

        assertThat(lists.given(declined).theBuyersOnlySummary()).isEqualTo(aNegotiation(declined).build());
    }
}
