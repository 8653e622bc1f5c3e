package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.api.WithdrawalMode.DIRECT;
import static org.marketplace.complaints.api.WithdrawalMode.REVIEW;
import static org.marketplace.complaints.api.WithdrawalReason.*;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.rules.WithdrawalOption;
import org.marketplace.complaints.api.view.OfferView;
import org.marketplace.complaints.api.view.PendingWithdrawalView;

/** My Complaints while buyer and seller deal with each other: each event's effect on the buyer's summary. */
class BuyerSummaryBeforeInterventionTest {

    static final OfferId OFFER = new OfferId("offer-1");
    static final SettlementTerms HALF = new SettlementTerms(OfferType.PARTIAL_REFUND, 5_000L);
    static final WithdrawalRequestId REQUEST = new WithdrawalRequestId("request-1");
    static final WithdrawalOption SETTLED_STATING_TERMS = new WithdrawalOption(SETTLED, DIRECT, true, false);
    static final WithdrawalOption SETTLED_ON_THE_OFFER = new WithdrawalOption(SETTLED, DIRECT, false, false);
    static final WithdrawalOption LACKING_EVIDENCE_REVIEWED = new WithdrawalOption(INSUFFICIENT_EVIDENCE, REVIEW, false, false);
    static final WithdrawalOption MISUNDERSTANDING_REVIEWED = new WithdrawalOption(MISUNDERSTANDING, REVIEW, false, false);

    final SummaryFixture lists = new SummaryFixture();

    @Test
    void complaintFiled_showsTheSellersResponseDeadline_andEvidenceOrWithdrawalForTheBuyer() {
        ComplaintStream filed = aFiledComplaint();

        assertThat(lists.given(filed).theBuyersOnlySummary()).isEqualTo(ExpectedSummary.of(filed)
                .options(SETTLED_STATING_TERMS, LACKING_EVIDENCE_REVIEWED, MISUNDERSTANDING_REVIEWED).actions(ADD_EVIDENCE, WITHDRAW).build());
    }

    @Test
    void sellerResponded_alone_onlyMovesTheUpdateTime() {
        ComplaintStream responded = aFiledComplaint();
        responded.add(new SellerResponded(responded.id(), ComplaintStream.SELLER, SellerPosition.ACKNOWLEDGE, "同意退货",
                List.of(), responded.next()));

        assertThat(lists.given(responded).theBuyersOnlySummary()).isEqualTo(ExpectedSummary.of(responded)
                .options(SETTLED_STATING_TERMS, LACKING_EVIDENCE_REVIEWED, MISUNDERSTANDING_REVIEWED)
                .actions(ADD_EVIDENCE, WITHDRAW).build());
    }

    @Test
    void negotiationStarted_showsTheNegotiationDeadline_andLetsTheBuyerAskForIntervention() {
        ComplaintStream negotiating = aFiledComplaint().sellerResponded();

        assertThat(lists.given(negotiating).theBuyersOnlySummary()).isEqualTo(negotiatingAsTheBuyerSees(negotiating).build());
    }

    @Test
    void settlementOffered_showsTheOpenOffer_andLetsTheBuyerAcceptOrDecline() {
        ComplaintStream offered = aFiledComplaint().sellerResponded().offered(OFFER, HALF);

        assertThat(lists.given(offered).theBuyersOnlySummary()).isEqualTo(negotiatingAsTheBuyerSees(offered)
                .offer(new OfferView(OFFER, OfferType.PARTIAL_REFUND, 5_000L))
                .actions(ADD_EVIDENCE, ACCEPT_OFFER, DECLINE_OFFER, WITHDRAW, REQUEST_INTERVENTION).build());
    }

    @Test
    void settlementAccepted_closesTheOffer_andASettledWithdrawalNeedsNoTerms() {
        ComplaintStream accepted = aFiledComplaint().sellerResponded().offered(OFFER, HALF);
        accepted.add(new SettlementAccepted(accepted.id(), OFFER, accepted.next()));

        assertThat(lists.given(accepted).theBuyersOnlySummary()).isEqualTo(negotiatingAsTheBuyerSees(accepted)
                .options(SETTLED_ON_THE_OFFER, LACKING_EVIDENCE_REVIEWED, MISUNDERSTANDING_REVIEWED).build());
    }

    @Test
    void settlementDeclined_closesTheOffer() {
        ComplaintStream declined = aFiledComplaint().sellerResponded().offered(OFFER, HALF);
        declined.add(new SettlementDeclined(declined.id(), OFFER, "太少", declined.next()));

        assertThat(lists.given(declined).theBuyersOnlySummary()).isEqualTo(negotiatingAsTheBuyerSees(declined).build());
    }

    @Test
    void withdrawalRequested_showsThePendingRequest_andNoFurtherWithdrawal() {
        ComplaintStream requested = aFiledComplaint().sellerResponded().withdrawalRequested(REQUEST, MISUNDERSTANDING, false);

        assertThat(lists.given(requested).theBuyersOnlySummary()).isEqualTo(negotiatingAsTheBuyerSees(requested)
                .pending(new PendingWithdrawalView(REQUEST, MISUNDERSTANDING, false, "误会一场", requested.at()))
                .options().actions(ADD_EVIDENCE, REQUEST_INTERVENTION).build());
    }

    @Test
    void withdrawalRequestRejected_endsThePendingRequest() {
        ComplaintStream rejected = aFiledComplaint().sellerResponded().withdrawalRequested(REQUEST, MISUNDERSTANDING, false);
        rejected.add(new WithdrawalRequestRejected(rejected.id(), REQUEST, ComplaintStream.ARBITER, "不同意", rejected.next()));

        assertThat(lists.given(rejected).theBuyersOnlySummary()).isEqualTo(negotiatingAsTheBuyerSees(rejected).build());
    }

    @Test
    void withdrawalRequestApproved_thenWithdrawn_leavesNothingToDo() {
        ComplaintStream withdrawn = aFiledComplaint().sellerResponded().withdrawalRequested(REQUEST, MISUNDERSTANDING, false);
        withdrawn.add(new WithdrawalRequestApproved(withdrawn.id(), REQUEST, ComplaintStream.ARBITER, "同意", withdrawn.next()))
                .add(new ComplaintWithdrawn(withdrawn.id(), MISUNDERSTANDING, REVIEW, "误会一场", REQUEST, withdrawn.at()));

        assertThat(lists.given(withdrawn).theBuyersOnlySummary())
                .isEqualTo(ExpectedSummary.of(withdrawn).state(ComplaintState.WITHDRAWN).deadline(null).build());
    }

    @Test
    void complaintWithdrawnDirectly_leavesNothingToDo() {
        ComplaintStream withdrawn = aFiledComplaint();
        withdrawn.add(new ComplaintWithdrawn(withdrawn.id(), SETTLED, DIRECT, "私下和解", null, withdrawn.next()));

        assertThat(lists.given(withdrawn).theBuyersOnlySummary())
                .isEqualTo(ExpectedSummary.of(withdrawn).state(ComplaintState.WITHDRAWN).deadline(null).build());
    }

    /** After the seller's first answer: the negotiation window of 7 days runs for both parties. */
    static ExpectedSummary negotiatingAsTheBuyerSees(ComplaintStream stream) {
        Instant started = stream.filedAt().plus(Duration.ofHours(1));
        return ExpectedSummary.of(stream).state(ComplaintState.NEGOTIATING)
                .deadline(new NextDeadline(DeadlineKind.NEGOTIATION, started.plus(Duration.ofDays(7)), DeadlineParty.BOTH_PARTIES))
                .options(SETTLED_STATING_TERMS, LACKING_EVIDENCE_REVIEWED, MISUNDERSTANDING_REVIEWED)
                .actions(ADD_EVIDENCE, WITHDRAW, REQUEST_INTERVENTION);
    }
}
