package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.EvidenceParty;
import org.marketplace.complaints.api.EvidenceRequestId;
import org.marketplace.complaints.api.event.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.marketplace.complaints.api.InterventionReason.REQUESTED_BY_BUYER;
import static org.marketplace.complaints.api.SellerPosition.ACKNOWLEDGE;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;

/**
 * A cancellation can race with a deadline that is already firing. Here the deadline stays scheduled while
 * the history moves on (the events are given without the command that would have cancelled it): when it
 * fires, the handler must see that the state it guarded has ended and record nothing.
 */
class DeadlineRaceTest extends ComplaintAggregateTest {

    @Test
    void sellerResponseDeadline_firingAfterTheSellerAnswered_changesNothing() {
        fixture.givenCommands(commands.file())
                .andGiven(new SellerResponded(COMPLAINT_ID, SELLER_ID, ACKNOWLEDGE, "同意退货", List.of(), now),
                        new NegotiationStarted(COMPLAINT_ID, now, now.plus(POLICY.negotiation())))
                .whenTimeElapses(POLICY.sellerResponse())
                .expectTriggeredDeadlinesWithName(ComplaintDeadlines.SELLER_RESPONSE)
                .expectNoEvents();
    }

    @Test
    void negotiationDeadline_firingAfterAnIntervention_changesNothing() {
        fixture.givenCommands(commands.file(), commands.respond(SELLER))
                .andGiven(new PlatformIntervened(COMPLAINT_ID, REQUESTED_BY_BUYER, BUYER, null, now))
                .whenTimeElapses(POLICY.negotiation())
                .expectTriggeredDeadlinesWithName(ComplaintDeadlines.NEGOTIATION)
                .expectNoEvents();
    }

    @Test
    void negotiationDeadline_firingAfterASettlementWasAgreed_changesNothing() {
        fixture.givenCommands(commands.file(), commands.offer(SELLER, OFFER_ID))
                .andGiven(new SettlementAccepted(COMPLAINT_ID, OFFER_ID, now),
                        new SettlementFulfilmentStarted(COMPLAINT_ID, OFFER_ID, now, now.plus(POLICY.negotiation().multipliedBy(2))))
                .whenTimeElapses(POLICY.negotiation())
                .expectTriggeredDeadlinesWithName(ComplaintDeadlines.NEGOTIATION)
                .expectNoEvents();
    }

    @Test
    void fulfilmentDeadline_firingAfterTheBuyerWithdrew_changesNothing() {
        fixture.givenCommands(commands.file(), commands.offer(SELLER, OFFER_ID), commands.accept(BUYER))
                .andGiven(new ComplaintWithdrawn(COMPLAINT_ID, org.marketplace.complaints.api.WithdrawalReason.SETTLED,
                        org.marketplace.complaints.api.WithdrawalMode.DIRECT, null, null, now))
                .whenTimeElapses(POLICY.settlementFulfilment())
                .expectTriggeredDeadlinesWithName(ComplaintDeadlines.SETTLEMENT_FULFILMENT)
                .expectNoEvents();
    }

    @Test
    void evidenceDeadline_ofAnEarlierRequest_neverExpiresALaterOne() {
        EvidenceRequestId later = new EvidenceRequestId("evidence-3");
        Instant laterDue = now.plus(Duration.ofDays(5));
        fixture.givenCommands(commands.file(), commands.respond(SELLER), commands.requestIntervention(BUYER),
                        commands.assign(ARBITRATOR_1, ARBITER_1),
                        commands.requestEvidence(ARBITRATOR_1, EvidenceParty.SELLER, null))
                .andGiven(new EvidenceSubmitted(COMPLAINT_ID, SELLER, chatLog(), now),
                        new EvidenceRequestFulfilled(COMPLAINT_ID, NEW_EVIDENCE_REQUEST_ID, now),
                        new EvidenceRequested(COMPLAINT_ID, later, EvidenceParty.BUYER, "再补充", ARBITER_1, now, laterDue))
                .whenTimeElapses(POLICY.evidence())
                .expectTriggeredDeadlinesWithName(ComplaintDeadlines.EVIDENCE)
                .expectNoEvents();
    }
}
