package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.api.event.NegotiationStarted;
import org.marketplace.complaints.api.event.PlatformIntervened;
import org.marketplace.complaints.api.event.SellerResponded;
import org.marketplace.complaints.api.event.SettlementOffered;

import java.time.Duration;
import java.time.Instant;


import static org.marketplace.complaints.api.InterventionReason.*;
import static org.marketplace.complaints.api.SellerPosition.DISPUTE;
import static org.marketplace.complaints.api.WithdrawalReason.MISUNDERSTANDING;
import static org.marketplace.complaints.api.rules.RuleCode.COMPLAINT_ALREADY_OPEN;
import static org.marketplace.complaints.command.complaint.ComplaintDeadlines.NEGOTIATION;
import static org.marketplace.complaints.command.complaint.ComplaintDeadlines.SELLER_RESPONSE;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/** The seller's response window and the negotiation window, on the fixture's clock. */
class SellerAndNegotiationDeadlineTest extends ComplaintAggregateTest {

    private final Instant responseDue = now.plus(POLICY.sellerResponse());
    private final Instant negotiationDue = now.plus(POLICY.negotiation());

    @Test
    void sellerResponseWindow_passingWithoutAnAnswer_letsThePlatformIntervene() {
        fixture.givenCommands(commands.file())
                .whenTimeElapses(POLICY.sellerResponse())
                .expectTriggeredDeadlines(DeadlineDue.at(responseDue))
                .expectTriggeredDeadlinesWithName(SELLER_RESPONSE)
                .expectEvents(new PlatformIntervened(COMPLAINT_ID, SELLER_NO_RESPONSE, null, null, responseDue));
    }

    @Test
    void sellerResponseWindow_notYetPassed_changesNothing() {
        fixture.givenCommands(commands.file())
                .whenTimeElapses(POLICY.sellerResponse().minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(responseDue, SELLER_RESPONSE);
    }

    @Test
    void respond_inTime_cancelsTheResponseWindowAndStartsTheNegotiationWindow() {
        ComplaintCommands later = commands.later(Duration.ofHours(2));
        Instant due = later.at().plus(POLICY.negotiation());
        fixture.givenCommands(commands.file())
                .when(later.respond(SELLER))
                .expectEvents(new SellerResponded(COMPLAINT_ID, SELLER_ID, DISPUTE, "货物出库时完好", photo(), later.at()),
                        new NegotiationStarted(COMPLAINT_ID, later.at(), due))
                .expectNoScheduledDeadlineWithName(responseDue, SELLER_RESPONSE)
                .expectScheduledDeadline(due, DeadlineDue.at(due))
                .expectScheduledDeadlineWithName(due, NEGOTIATION);
    }

    @Test
    void respond_inTime_meansTheResponseWindowNeverFires() {
        fixture.givenCommands(commands.file(), commands.respond(SELLER))
                .whenTimeElapses(POLICY.sellerResponse())
                .expectNoEvents()
                .expectTriggeredDeadlines();
    }

    @Test
    void offer_asTheFirstAnswer_countsAsAResponse() {
        fixture.givenCommands(commands.file())
                .when(commands.offer(SELLER, OFFER_ID))
                .expectEvents(new SettlementOffered(COMPLAINT_ID, OFFER_ID, PARTIAL_REFUND, "部分退款", now),
                        new NegotiationStarted(COMPLAINT_ID, now, negotiationDue))
                .expectNoScheduledDeadlineWithName(responseDue, SELLER_RESPONSE)
                .expectScheduledDeadlineWithName(negotiationDue, NEGOTIATION);
    }

    @Test
    void offer_whileNegotiating_keepsTheNegotiationWindow() {
        ComplaintCommands later = commands.later(Duration.ofHours(5));
        fixture.givenCommands(commands.file(), commands.respond(SELLER))
                .when(later.offer(SELLER, OFFER_ID))
                .expectEvents(new SettlementOffered(COMPLAINT_ID, OFFER_ID, PARTIAL_REFUND, "部分退款", later.at()))
                .expectScheduledDeadlineWithName(negotiationDue, NEGOTIATION)
                .expectNoScheduledDeadlineWithName(later.at().plus(POLICY.negotiation()), NEGOTIATION);
    }

    @Test
    void negotiationWindow_passing_escalatesToThePlatform() {
        fixture.givenCommands(commands.file(), commands.respond(SELLER))
                .whenTimeElapses(POLICY.negotiation())
                .expectTriggeredDeadlinesWithName(NEGOTIATION)
                .expectEvents(new PlatformIntervened(COMPLAINT_ID, NEGOTIATION_TIMEOUT, null, null, negotiationDue));
    }

    @Test
    void negotiationWindow_passingWhileAWithdrawalIsUnderReview_stillEscalates() {
        fixture.givenCommands(commands.file(), commands.respond(SELLER), commands.withdraw(BUYER, MISUNDERSTANDING))
                .whenTimeAdvancesTo(negotiationDue)
                .expectEvents(new PlatformIntervened(COMPLAINT_ID, NEGOTIATION_TIMEOUT, null, null, negotiationDue));
    }

    @Test
    void requestIntervention_byTheBuyer_cancelsTheNegotiationWindow() {
        fixture.givenCommands(commands.file(), commands.respond(SELLER))
                .when(commands.requestIntervention(BUYER))
                .expectEvents(new PlatformIntervened(COMPLAINT_ID, REQUESTED_BY_BUYER, BUYER, "协商无果", now))
                .expectNoScheduledDeadlines();
    }

    @Test
    void requestIntervention_byTheSeller_meansTheNegotiationWindowNeverFires() {
        fixture.givenCommands(commands.file(), commands.respond(SELLER), commands.requestIntervention(SELLER))
                .whenTimeElapses(POLICY.negotiation().plusDays(1))
                .expectNoEvents()
                .expectTriggeredDeadlines();
    }

    /** A later filing carries today's policy; the open complaint keeps the windows it was filed with. */
    @Test
    void deadlines_comeFromThePolicyRecordedOnFiling() {
        fixture.givenCommands(commands.file())
                .when(commands.file(CATEGORY, DeadlinePolicy.DEFAULT))
                .expectNoEvents()
                .expectException(violates(COMPLAINT_ALREADY_OPEN))
                .expectScheduledDeadlineWithName(responseDue, SELLER_RESPONSE)
                .expectNoScheduledDeadlineWithName(now.plus(DeadlinePolicy.DEFAULT.sellerResponse()), SELLER_RESPONSE);
    }

    @Test
    void negotiationWindow_comesFromThePolicyRecordedOnFiling() {
        fixture.givenCommands(commands.file(CATEGORY, DeadlinePolicy.DEFAULT), commands.respond(SELLER))
                .whenTimeElapses(POLICY.negotiation())
                .expectNoEvents()
                .expectScheduledDeadlineWithName(now.plus(DeadlinePolicy.DEFAULT.negotiation()), NEGOTIATION);
    }
}
