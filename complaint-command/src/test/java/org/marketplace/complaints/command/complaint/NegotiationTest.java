package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.OfferId;
import org.marketplace.complaints.api.command.AcceptSettlementOffer;
import org.marketplace.complaints.api.event.*;

import static org.marketplace.complaints.api.rules.RuleCode.*;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/** Before the platform intervenes: the seller's answer, settlement offers and evidence from both sides. */
class NegotiationTest extends ComplaintAggregateTest {

    private static final OfferId SECOND_OFFER = new OfferId("offer-2");

    @Test
    void respond_twice_isRejected() {
        given(aNegotiatingComplaint())
                .when(commands.respond(SELLER))
                .expectNoEvents()
                .expectException(violates(INVALID_STATE));
    }

    @Test
    void offer_whileAnotherIsOpen_isRejected() {
        given(aFiledComplaint().withOpenOffer())
                .when(commands.offer(SELLER, SECOND_OFFER))
                .expectNoEvents()
                .expectException(violates(OFFER_ALREADY_OPEN));
    }

    @Test
    void offer_afterTheBuyerDeclinedTheLastOne_isMade() {
        given(aFiledComplaint().withDeclinedOffer())
                .when(commands.offer(SELLER, SECOND_OFFER))
                .expectEvents(new SettlementOffered(COMPLAINT_ID, SECOND_OFFER, PARTIAL_REFUND, "部分退款", now));
    }

    @Test
    void offer_afterTheBuyerAcceptedOne_isRejectedAsSettlementAgreed() {
        given(aFiledComplaint().withAcceptedOffer())
                .when(commands.offer(SELLER, SECOND_OFFER))
                .expectNoEvents()
                .expectException(violates(SETTLEMENT_AGREED));
    }

    @Test
    void accept_theOpenOffer_recordsTheSettlement() {
        given(aNegotiatingComplaint().withOpenOffer())
                .when(commands.accept(BUYER))
                .expectEvents(new SettlementAccepted(COMPLAINT_ID, OFFER_ID, now), new SettlementFulfilmentStarted(
                        COMPLAINT_ID, OFFER_ID, now, now.plus(POLICY.settlementFulfilment())));
    }

    @Test
    void accept_anOfferThatIsNotTheOpenOne_isRejected() {
        given(aFiledComplaint().withOpenOffer())
                .when(new AcceptSettlementOffer(COMPLAINT_ID, BUYER, SECOND_OFFER, now))
                .expectNoEvents()
                .expectException(violates(NO_OPEN_OFFER));
    }

    @Test
    void accept_withoutAnOpenOffer_isRejected() {
        given(aFiledComplaint().withDeclinedOffer())
                .when(commands.accept(BUYER))
                .expectNoEvents()
                .expectException(violates(NO_OPEN_OFFER));
    }

    @Test
    void decline_theOpenOffer_recordsTheBuyersNote() {
        given(aFiledComplaint().withOpenOffer())
                .when(commands.decline(BUYER))
                .expectEvents(new SettlementDeclined(COMPLAINT_ID, OFFER_ID, "太少", now));
    }

    @Test
    void requestIntervention_beforeTheSellerAnswered_isInTheWrongState() {
        given(aFiledComplaint())
                .when(commands.requestIntervention(BUYER))
                .expectNoEvents()
                .expectException(violates(INVALID_STATE));
    }

    @Test
    void requestIntervention_onceIntervened_isInTheWrongState() {
        given(anIntervenedComplaint())
                .when(commands.requestIntervention(SELLER))
                .expectNoEvents()
                .expectException(violates(INVALID_STATE));
    }

    @Test
    void addEvidence_byTheBuyerWhileAwaitingTheSeller_isRecorded() {
        given(aFiledComplaint())
                .when(commands.submitEvidence(BUYER))
                .expectEvents(new EvidenceSubmitted(COMPLAINT_ID, BUYER, chatLog(), now));
    }

    @Test
    void addEvidence_byTheSellerWhileIntervened_isRecorded() {
        given(anAssignedComplaint())
                .when(commands.submitEvidence(SELLER))
                .expectEvents(new EvidenceSubmitted(COMPLAINT_ID, SELLER, chatLog(), now));
    }
}
