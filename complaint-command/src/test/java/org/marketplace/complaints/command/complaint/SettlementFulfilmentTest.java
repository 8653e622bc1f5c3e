package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.DeadlineKind;
import org.marketplace.complaints.api.OfferId;
import org.marketplace.complaints.api.event.*;

import java.time.Duration;
import java.time.Instant;

import static org.marketplace.complaints.api.InterventionReason.NEGOTIATION_TIMEOUT;
import static org.marketplace.complaints.api.InterventionReason.SETTLEMENT_UNFULFILLED;
import static org.marketplace.complaints.api.WithdrawalReason.SETTLED;
import static org.marketplace.complaints.api.rules.RuleCode.*;
import static org.marketplace.complaints.command.complaint.ComplaintDeadlines.NEGOTIATION;
import static org.marketplace.complaints.command.complaint.ComplaintDeadlines.SETTLEMENT_FULFILMENT;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/** docs/rules.md, "A settlement that was agreed": the fulfilment window, on the fixture's clock. */
class SettlementFulfilmentTest extends ComplaintAggregateTest {

    private final Instant fulfilmentDue = now.plus(POLICY.settlementFulfilment());

    @Test
    void accept_beforeIntervention_stopsTheNegotiationWindow_andStartsTheFulfilmentWindow() {
        fixture.givenCommands(commands.file(), commands.offer(SELLER, OFFER_ID))
                .when(commands.accept(BUYER))
                .expectEvents(new SettlementAccepted(COMPLAINT_ID, OFFER_ID, now),
                        new SettlementFulfilmentStarted(COMPLAINT_ID, OFFER_ID, now, fulfilmentDue))
                .expectNoScheduledDeadlineWithName(now.plus(POLICY.negotiation()), NEGOTIATION)
                .expectScheduledDeadline(fulfilmentDue, DeadlineDue.at(fulfilmentDue))
                .expectScheduledDeadlineWithName(fulfilmentDue, SETTLEMENT_FULFILMENT);
    }

    @Test
    void accept_afterIntervention_startsNoFulfilmentWindow() {
        given(anIntervenedComplaint().withOpenOffer())
                .when(commands.accept(BUYER))
                .expectEvents(new SettlementAccepted(COMPLAINT_ID, OFFER_ID, now))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theFulfilmentWindow_passingWithNeitherStep_closesTheComplaintAsSettled() {
        fixture.givenCommands(commands.file(), commands.offer(SELLER, OFFER_ID), commands.accept(BUYER))
                .whenTimeElapses(POLICY.settlementFulfilment())
                .expectTriggeredDeadlinesWithName(SETTLEMENT_FULFILMENT)
                .expectEvents(new ComplaintClosedAsSettled(COMPLAINT_ID, OFFER_ID, DeadlineKind.SETTLEMENT_FULFILMENT,
                        fulfilmentDue));
    }

    @Test
    void theNegotiationWindow_neverFiresOnceASettlementIsAgreed() {
        fixture.givenCommands(commands.file(), commands.offer(SELLER, OFFER_ID), commands.accept(BUYER))
                .whenTimeElapses(POLICY.negotiation().minus(Duration.ofSeconds(1)))
                .expectTriggeredDeadlinesWithName(SETTLEMENT_FULFILMENT)
                .expectEvents(new ComplaintClosedAsSettled(COMPLAINT_ID, OFFER_ID, DeadlineKind.SETTLEMENT_FULFILMENT,
                        fulfilmentDue));
    }

    @Test
    void reportUnfulfilled_letsThePlatformIntervene_withTheEvidence_andCancelsTheFulfilmentWindow() {
        fixture.givenCommands(commands.file(), commands.offer(SELLER, OFFER_ID), commands.accept(BUYER))
                .when(commands.reportUnfulfilled(BUYER))
                .expectEvents(new EvidenceSubmitted(COMPLAINT_ID, BUYER, chatLog(), now),
                        new PlatformIntervened(COMPLAINT_ID, SETTLEMENT_UNFULFILLED, BUYER, "卖家未按约定退款", now))
                .expectNoScheduledDeadlines();
    }

    @Test
    void withdrawAsSettled_duringFulfilment_isDirect_andCancelsTheFulfilmentWindow() {
        fixture.givenCommands(commands.file(), commands.offer(SELLER, OFFER_ID), commands.accept(BUYER))
                .when(commands.withdraw(BUYER, SETTLED, null, java.util.List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoScheduledDeadlines();
    }

    @Test
    void offer_duringFulfilment_isRefusedAsSettlementAgreed() {
        given(aFiledComplaint().withAcceptedOffer())
                .when(commands.offer(SELLER, new OfferId("offer-2")))
                .expectNoEvents()
                .expectException(violates(SETTLEMENT_AGREED, ComplaintState.NEGOTIATING, COMPLAINT_ID));
    }

    @Test
    void requestIntervention_duringFulfilment_isRefusedAsSettlementAgreed() {
        given(aFiledComplaint().withAcceptedOffer())
                .when(commands.requestIntervention(SELLER))
                .expectNoEvents()
                .expectException(violates(SETTLEMENT_AGREED));
    }

    @Test
    void reportUnfulfilled_withoutAnAgreedSettlement_isAnInvalidState() {
        given(aNegotiatingComplaint())
                .when(commands.reportUnfulfilled(BUYER))
                .expectNoEvents()
                .expectException(violates(INVALID_STATE, ComplaintState.NEGOTIATING, COMPLAINT_ID));
    }

    @Test
    void reportUnfulfilled_afterTheWindow_butBeforeItsTimerFired_isADeadlinePassed() {
        ComplaintScenario agreed = aFiledComplaint().withAcceptedOffer();
        Duration pastTheWindow = Duration.between(now, agreed.facts().fulfilmentDueBy()).plusSeconds(1);
        given(agreed)
                .when(commands.later(pastTheWindow).reportUnfulfilled(BUYER))
                .expectNoEvents()
                .expectException(violates(DEADLINE_PASSED));
    }

    @Test
    void everyStep_onAComplaintClosedAsSettled_isRefusedAsAlreadySettled() {
        given(aFiledComplaint().withAcceptedOffer().closedAsSettled())
                .when(commands.withdraw(BUYER, SETTLED))
                .expectNoEvents()
                .expectException(violates(ALREADY_SETTLED, ComplaintState.SETTLED, COMPLAINT_ID));
    }

    @Test
    void filingAgain_afterClosedAsSettled_isRefusedAsAlreadySettled() {
        given(aFiledComplaint().withAcceptedOffer().closedAsSettled())
                .when(commands.file())
                .expectNoEvents()
                .expectException(violates(ALREADY_SETTLED, ComplaintState.SETTLED, COMPLAINT_ID));
    }

    /**
     * docs/event-catalogue.md: an acceptance stored before this change (no SettlementFulfilmentStarted) keeps the
     * negotiation deadline that was scheduled for it, and escalates when that fires, as it did then.
     */
    @Test
    void anAcceptanceStoredBeforeFulfilmentWindows_stillEscalatesWhenItsNegotiationWindowFires() {
        Instant negotiationDue = now.plus(POLICY.negotiation());
        fixture.givenCommands(commands.file(), commands.offer(SELLER, OFFER_ID))
                .andGiven(new SettlementAccepted(COMPLAINT_ID, OFFER_ID, now))
                .whenTimeElapses(POLICY.negotiation())
                .expectTriggeredDeadlinesWithName(NEGOTIATION)
                .expectEvents(new PlatformIntervened(COMPLAINT_ID, NEGOTIATION_TIMEOUT, null, null, negotiationDue));
    }
}
