package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.DeadlineKind;
import org.marketplace.complaints.api.Remedy;
import org.marketplace.complaints.api.RulingOutcome;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.event.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.marketplace.complaints.api.rules.RuleCode.*;
import static org.marketplace.complaints.command.complaint.ComplaintDeadlines.RECONSIDERATION;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/** docs/rules.md, "Reconsideration of a ruling": its window, its request, its decision, on the fixture's clock. */
class ReconsiderationTest extends ComplaintAggregateTest {

    private final Instant windowEnds = now.plus(POLICY.reconsideration());

    private ComplaintScenario ruled() {
        return aRuledComplaint();
    }

    /** The whole way to a ruling as commands, so that the ruling schedules its window on the fixture's clock. */
    private Object[] upToTheRuling() {
        return new Object[]{commands.file(), commands.respond(SELLER), commands.requestIntervention(BUYER),
                commands.assign(ARBITRATOR_1, ARBITER_1), commands.rule(ARBITRATOR_1)};
    }

    @Test
    void aRuling_opensTheReconsiderationWindow_underTheFiledPolicy() {
        fixture.givenCommands(commands.file(), commands.respond(SELLER), commands.requestIntervention(BUYER),
                        commands.assign(ARBITRATOR_1, ARBITER_1))
                .when(commands.rule(ARBITRATOR_1))
                .expectScheduledDeadline(windowEnds, DeadlineDue.at(windowEnds))
                .expectScheduledDeadlineWithName(windowEnds, RECONSIDERATION);
    }

    @Test
    void theWindow_passingUnused_makesTheRulingFinal_namingTheDeadline() {
        fixture.givenCommands(upToTheRuling())
                .whenTimeElapses(POLICY.reconsideration())
                .expectTriggeredDeadlinesWithName(RECONSIDERATION)
                .expectEvents(new RulingBecameFinal(COMPLAINT_ID, DeadlineKind.RECONSIDERATION, windowEnds));
    }

    @Test
    void aRequest_withNewEvidence_returnsTheCaseToTheQueue_andCancelsTheWindow() {
        fixture.givenCommands(upToTheRuling())
                .when(commands.requestReconsideration(SELLER))
                .expectEvents(new ReconsiderationRequested(COMPLAINT_ID, SELLER, "物流记录证明商品签收前已损坏", chatLog(), now))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anExceptionalWithdrawal_approvedAfterTheRuling_cancelsTheWindow() {
        fixture.givenCommands(upToTheRuling())
                .andGivenCommands(commands.withdraw(BUYER, WithdrawalReason.INSUFFICIENT_EVIDENCE))
                .when(commands.decideWithdrawal(ARBITRATOR_2, NEW_REQUEST_ID, true))
                .expectSuccessfulHandlerExecution()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRequest_withoutNewEvidence_isRefused() {
        given(ruled())
                .when(commands.requestReconsideration(BUYER, List.of()))
                .expectNoEvents()
                .expectException(violates(NEW_EVIDENCE_REQUIRED));
    }

    @Test
    void aSecondRequest_isRefusedAsAlreadyUsed() {
        given(ruled().reconsiderationRequestedBy(SELLER))
                .when(commands.requestReconsideration(BUYER))
                .expectNoEvents()
                .expectException(violates(RECONSIDERATION_ALREADY_USED));
    }

    @Test
    void aRequest_afterTheWindow_isRefusedAsClosed_evenBeforeItsTimerFired() {
        given(ruled())
                .when(commands.later(POLICY.reconsideration().plusHours(1)).requestReconsideration(BUYER))
                .expectNoEvents()
                .expectException(violates(RECONSIDERATION_WINDOW_CLOSED));
    }

    @Test
    void aRequest_afterTheRulingBecameFinal_isRefusedAsClosed() {
        given(ruled().rulingFinal())
                .when(commands.requestReconsideration(SELLER))
                .expectNoEvents()
                .expectException(violates(RECONSIDERATION_WINDOW_CLOSED));
    }

    @Test
    void aRequest_whileAWithdrawalRequestWaits_isRefusedAsRequestPending() {
        given(ruled().withPendingWithdrawal(WithdrawalReason.INSUFFICIENT_EVIDENCE))
                .when(commands.requestReconsideration(SELLER))
                .expectNoEvents()
                .expectException(violates(REQUEST_PENDING));
    }

    @Test
    void aWithdrawalRequest_whileAReconsiderationWaits_isRefusedAsRequestPending() {
        given(ruled().reconsiderationRequestedBy(SELLER))
                .when(commands.withdraw(BUYER, WithdrawalReason.INSUFFICIENT_EVIDENCE))
                .expectNoEvents()
                .expectException(violates(REQUEST_PENDING));
    }

    @Test
    void theArbitratorWhoRuled_mayNotTakeTheReconsideration() {
        given(ruled().reconsiderationRequestedBy(SELLER))
                .when(commands.assign(ARBITRATOR_1, ARBITER_1))
                .expectNoEvents()
                .expectException(violates(RULING_ARBITRATOR_MAY_NOT_RECONSIDER));
    }

    @Test
    void aSupervisor_mayNotHandTheReconsiderationToTheArbitratorWhoRuled() {
        given(ruled().reconsiderationRequestedBy(SELLER))
                .when(commands.reassign(SUPERVISOR, ARBITER_1))
                .expectNoEvents()
                .expectException(violates(RULING_ARBITRATOR_MAY_NOT_RECONSIDER));
    }

    @Test
    void anotherArbitrator_takesTheReconsideration() {
        given(ruled().reconsiderationRequestedBy(SELLER))
                .when(commands.assign(ARBITRATOR_2, ARBITER_2))
                .expectEvents(new ArbitratorAssigned(COMPLAINT_ID, ARBITER_2, ARBITRATOR_2, now));
    }

    @Test
    void upholding_recordsTheVersionDecidedOn_andMakesTheRulingFinal() {
        ComplaintScenario taken = ruled().reconsiderationRequestedBy(SELLER).assignedTo(ARBITER_2);
        given(taken)
                .when(commands.uphold(ARBITRATOR_2))
                .expectEvents(new RulingUpheld(COMPLAINT_ID, ARBITER_2, "新证据不改变结论", taken.version(), now),
                        new RulingBecameFinal(COMPLAINT_ID, null, now));
    }

    @Test
    void revising_replacesTheRuling_andMakesItFinal() {
        ComplaintScenario taken = ruled().reconsiderationRequestedBy(BUYER).assignedTo(ARBITER_2);
        given(taken)
                .when(commands.revise(ARBITRATOR_2))
                .expectEvents(new RulingRevised(COMPLAINT_ID, ARBITER_2, RulingOutcome.SELLER_FAVOURED, Remedy.none(),
                                "物流记录显示签收时完好", taken.version(), now),
                        new RulingBecameFinal(COMPLAINT_ID, null, now));
    }

    @Test
    void deciding_byAnArbitratorWhoDidNotTakeIt_isRefusedAsNotAssigned() {
        given(ruled().reconsiderationRequestedBy(SELLER).assignedTo(ARBITER_2))
                .when(commands.uphold(org.marketplace.complaints.api.Actor.arbitrator(ARBITER_3)))
                .expectNoEvents()
                .expectException(violates(NOT_ASSIGNED));
    }

    @Test
    void deciding_withoutAPendingReconsideration_isRefusedAsInvalidState() {
        given(ruled())
                .when(commands.uphold(ARBITRATOR_2))
                .expectNoEvents()
                .expectException(violates(INVALID_STATE));
    }

    @Test
    void aWindowTimer_racingWithARequest_recordsNothing() {
        // the request stopped the window; a timer already being triggered finds a reconsideration and stays silent
        fixture.givenCommands(upToTheRuling())
                .andGivenCommands(commands.requestReconsideration(SELLER))
                .whenTimeElapses(POLICY.reconsideration().plus(Duration.ofHours(1)))
                .expectNoEvents();
    }
}
