package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.command.WithdrawalResult;
import org.marketplace.complaints.api.event.*;

import java.util.List;

import static org.marketplace.complaints.api.WithdrawalMode.DIRECT;
import static org.marketplace.complaints.api.WithdrawalMode.REVIEW;
import static org.marketplace.complaints.api.WithdrawalReason.*;
import static org.marketplace.complaints.api.rules.RuleCode.*;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/** The first rows of the withdrawal table: before the platform intervenes. */
class WithdrawalBeforeInterventionTest extends ComplaintAggregateTest {

    @Test
    void withdraw_settledAfterAcceptingAnOffer_withdrawsAtOnceWithoutANote() {
        given(aFiledComplaint().withAcceptedOffer())
                .when(commands.withdraw(BUYER, SETTLED, null, List.of()))
                .expectEvents(new ComplaintWithdrawn(COMPLAINT_ID, SETTLED, DIRECT, null, null, now))
                .expectResultMessagePayload(WithdrawalResult.withdrawn());
    }

    @Test
    void withdraw_settledOffThePlatformWhileAwaitingTheSeller_withdrawsAtOnceWithTheTerms() {
        given(aFiledComplaint())
                .when(commands.withdraw(BUYER, SETTLED, "已线下退款50元", List.of()))
                .expectEvents(new ComplaintWithdrawn(COMPLAINT_ID, SETTLED, DIRECT, "已线下退款50元", null, now))
                .expectResultMessagePayload(WithdrawalResult.withdrawn());
    }

    @Test
    void withdraw_settledOffThePlatformWhileNegotiating_withdrawsAtOnceWithTheTerms() {
        given(aNegotiatingComplaint().withDeclinedOffer())
                .when(commands.withdraw(BUYER, SETTLED, "已线下换货", List.of()))
                .expectEvents(new ComplaintWithdrawn(COMPLAINT_ID, SETTLED, DIRECT, "已线下换货", null, now))
                .expectResultMessagePayload(WithdrawalResult.withdrawn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void withdraw_settledWithoutAnAcceptedOfferOrANote_needsTheTermsWhileAwaitingTheSeller(String note) {
        given(aFiledComplaint())
                .when(commands.withdraw(BUYER, SETTLED, note, List.of()))
                .expectNoEvents()
                .expectException(violates(SETTLEMENT_TERMS_REQUIRED));
    }

    @Test
    void withdraw_settledWithoutAnAcceptedOfferOrANote_needsTheTermsWhileNegotiating() {
        given(aFiledComplaint().withOpenOffer())
                .when(commands.withdraw(BUYER, SETTLED, null, List.of()))
                .expectNoEvents()
                .expectException(violates(SETTLEMENT_TERMS_REQUIRED));
    }

    @ParameterizedTest
    @EnumSource(value = WithdrawalReason.class, names = {"INSUFFICIENT_EVIDENCE", "MISUNDERSTANDING"})
    void withdraw_forOtherReasonsWhileAwaitingTheSeller_asksThePlatformToReview(WithdrawalReason reason) {
        given(aFiledComplaint())
                .when(commands.withdraw(BUYER, reason, "误会一场", List.of()))
                .expectEvents(new WithdrawalRequested(COMPLAINT_ID, NEW_REQUEST_ID, reason, "误会一场", List.of(),
                        false, now))
                .expectResultMessagePayload(WithdrawalResult.pendingReview(NEW_REQUEST_ID));
    }

    @ParameterizedTest
    @EnumSource(value = WithdrawalReason.class, names = {"INSUFFICIENT_EVIDENCE", "MISUNDERSTANDING"})
    void withdraw_forOtherReasonsWhileNegotiating_asksThePlatformToReview(WithdrawalReason reason) {
        given(aNegotiatingComplaint())
                .when(commands.withdraw(BUYER, reason, null, List.of()))
                .expectEvents(new WithdrawalRequested(COMPLAINT_ID, NEW_REQUEST_ID, reason, null, List.of(), false, now))
                .expectResultMessagePayload(WithdrawalResult.pendingReview(NEW_REQUEST_ID));
    }

    @Test
    void withdraw_asPlatformSuggestedBeforeIntervention_isNotAllowed() {
        given(aNegotiatingComplaint())
                .when(commands.withdraw(BUYER, PLATFORM_SUGGESTED))
                .expectNoEvents()
                .expectException(violates(WITHDRAWAL_NOT_ALLOWED));
    }

    @Test
    void approvingARequest_withdrawsTheComplaintAfterReview() {
        given(aNegotiatingComplaint().withPendingWithdrawal(INSUFFICIENT_EVIDENCE))
                .when(commands.decideWithdrawal(ARBITRATOR_2, true))
                .expectEvents(new WithdrawalRequestApproved(COMPLAINT_ID, REQUEST_ID, ARBITER_2, "已审核", now),
                        new ComplaintWithdrawn(COMPLAINT_ID, INSUFFICIENT_EVIDENCE, REVIEW, "误会一场", REQUEST_ID, now));
    }

    @Test
    void rejectingARequest_letsTheCaseGoOn() {
        given(aFiledComplaint().withPendingWithdrawal())
                .when(commands.decideWithdrawal(ARBITRATOR_1, false))
                .expectEvents(new WithdrawalRequestRejected(COMPLAINT_ID, REQUEST_ID, ARBITER_1, "已审核", now));
    }

    @Test
    void withdraw_afterARejectedRequest_isPossibleAgain_withAnotherReason() {
        // the same reason again needs new evidence (WITHDRAWAL_REPEATED): see WithdrawalStallingTest
        given(aNegotiatingComplaint().withRejectedWithdrawal(MISUNDERSTANDING))
                .when(commands.withdraw(BUYER, INSUFFICIENT_EVIDENCE, null, List.of()))
                .expectEvents(new WithdrawalRequested(COMPLAINT_ID, NEW_REQUEST_ID, INSUFFICIENT_EVIDENCE, null,
                        List.of(), false, now));
    }

    @Test
    void respond_afterARejectedRequest_continuesTheCase() {
        given(aFiledComplaint().withRejectedWithdrawal())
                .when(commands.respond(SELLER))
                .expectSuccessfulHandlerExecution();
    }
}
