package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;

import static org.marketplace.complaints.api.EvidenceParty.BOTH;
import static org.marketplace.complaints.api.WithdrawalReason.*;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;

/** A terminal step (withdrawal, ruling) ends every window the complaint still runs against. */
class ClosingDeadlineTest extends ComplaintAggregateTest {

    @Test
    void withdraw_directlyWhileAwaitingTheSeller_cancelsTheResponseWindow() {
        fixture.givenCommands(commands.file())
                .when(commands.withdraw(BUYER, SETTLED))
                .expectSuccessfulHandlerExecution()
                .expectNoScheduledDeadlines();
    }

    @Test
    void withdraw_directlyWhileNegotiating_cancelsTheNegotiationWindow() {
        fixture.givenCommands(commands.file(), commands.offer(SELLER, OFFER_ID), commands.accept(BUYER))
                .when(commands.withdraw(BUYER, SETTLED))
                .expectSuccessfulHandlerExecution()
                .expectNoScheduledDeadlines();
    }

    @Test
    void withdraw_followingASuggestion_cancelsTheEvidenceDeadline() {
        fixture.givenCommands(commands.file(), commands.respond(SELLER), commands.requestIntervention(SELLER),
                        commands.assign(ARBITRATOR_1, ARBITER_1), commands.requestEvidence(ARBITRATOR_1, BOTH, null),
                        commands.suggestWithdrawal(ARBITRATOR_1))
                .when(commands.withdraw(BUYER, PLATFORM_SUGGESTED))
                .expectSuccessfulHandlerExecution()
                .expectNoScheduledDeadlines();
    }

    @Test
    void withdraw_asARequest_keepsTheWindowsRunningUntilReviewed() {
        fixture.givenCommands(commands.file(), commands.respond(SELLER))
                .when(commands.withdraw(BUYER, MISUNDERSTANDING))
                .expectScheduledDeadlineWithName(now.plus(POLICY.negotiation()), ComplaintDeadlines.NEGOTIATION);
    }

    @Test
    void approvingARequest_cancelsEveryWindow() {
        fixture.givenCommands(commands.file(), commands.withdraw(BUYER, INSUFFICIENT_EVIDENCE))
                .when(commands.decideWithdrawal(ARBITRATOR_1, NEW_REQUEST_ID, true))
                .expectSuccessfulHandlerExecution()
                .expectNoScheduledDeadlines();
    }

    @Test
    void rule_cancelsTheEvidenceDeadline_leavingOnlyTheReconsiderationWindow() {
        fixture.givenCommands(commands.file(), commands.respond(SELLER), commands.requestIntervention(BUYER),
                        commands.assign(ARBITRATOR_1, ARBITER_1), commands.requestEvidence(ARBITRATOR_1, BOTH, null))
                .when(commands.rule(ARBITRATOR_1))
                .expectSuccessfulHandlerExecution()
                .expectNoScheduledDeadlineWithName(now.plus(POLICY.evidence()), ComplaintDeadlines.EVIDENCE)
                .expectScheduledDeadlineWithName(now.plus(POLICY.reconsideration()), ComplaintDeadlines.RECONSIDERATION);
    }
}
