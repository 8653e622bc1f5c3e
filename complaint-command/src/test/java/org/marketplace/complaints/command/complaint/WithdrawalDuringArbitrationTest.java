package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marketplace.complaints.api.InterventionReason;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.command.DecideWithdrawalRequest;
import org.marketplace.complaints.api.command.WithdrawalResult;
import org.marketplace.complaints.api.event.*;

import java.util.List;

import static org.marketplace.complaints.api.InterventionReason.REQUESTED_BY_BUYER;
import static org.marketplace.complaints.api.WithdrawalMode.DIRECT;
import static org.marketplace.complaints.api.WithdrawalMode.REVIEW;
import static org.marketplace.complaints.api.WithdrawalReason.*;
import static org.marketplace.complaints.api.rules.RuleCode.*;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/** The withdrawal table once the platform has intervened, and the refusals that hold in every state. */
class WithdrawalDuringArbitrationTest extends ComplaintAggregateTest {

    @Test
    void withdraw_followingAnOpenSuggestion_withdrawsAtOnce() {
        given(anAssignedComplaint().withSuggestion())
                .when(commands.withdraw(BUYER, PLATFORM_SUGGESTED, null, List.of()))
                .expectEvents(new ComplaintWithdrawn(COMPLAINT_ID, PLATFORM_SUGGESTED, DIRECT, null, null, now))
                .expectResultMessagePayload(WithdrawalResult.withdrawn());
    }

    @Test
    void withdraw_asPlatformSuggestedWithoutASuggestion_isNotAllowed() {
        given(anAssignedComplaint())
                .when(commands.withdraw(BUYER, PLATFORM_SUGGESTED))
                .expectNoEvents()
                .expectException(violates(WITHDRAWAL_NOT_ALLOWED));
    }

    @Test
    void withdraw_asPlatformSuggestedAfterDecliningTheSuggestion_isNotAllowed() {
        given(anAssignedComplaint().withDeclinedSuggestion())
                .when(commands.withdraw(BUYER, PLATFORM_SUGGESTED))
                .expectNoEvents()
                .expectException(violates(WITHDRAWAL_NOT_ALLOWED));
    }

    @ParameterizedTest
    @EnumSource(value = WithdrawalReason.class, names = "PLATFORM_SUGGESTED", mode = EnumSource.Mode.EXCLUDE)
    void withdraw_forAnyOtherReasonOnceIntervened_asksThePlatformToReview(WithdrawalReason reason) {
        given(anIntervenedComplaint())
                .when(commands.withdraw(BUYER, reason, null, List.of()))
                .expectEvents(new WithdrawalRequested(COMPLAINT_ID, NEW_REQUEST_ID, reason, null, List.of(), false, now))
                .expectResultMessagePayload(WithdrawalResult.pendingReview(NEW_REQUEST_ID));
    }

    @Test
    void withdraw_settledOnceIntervened_isReviewedEvenAfterAnAcceptedOffer() {
        given(aFiledComplaint().withAcceptedOffer().intervened(InterventionReason.SETTLEMENT_UNFULFILLED))
                .when(commands.withdraw(BUYER, SETTLED, null, List.of()))
                .expectEvents(new WithdrawalRequested(COMPLAINT_ID, NEW_REQUEST_ID, SETTLED, null, List.of(), false, now));
    }

    @Test
    void withdraw_forAnotherReasonWhileASuggestionIsOpen_isStillReviewed() {
        given(anAssignedComplaint().withSuggestion())
                .when(commands.withdraw(BUYER, MISUNDERSTANDING, null, List.of()))
                .expectEvents(new WithdrawalRequested(COMPLAINT_ID, NEW_REQUEST_ID, MISUNDERSTANDING, null, List.of(),
                        false, now));
    }

    @Test
    void approvingARequest_byTheAssignedArbitrator_withdrawsTheComplaint() {
        given(anAssignedComplaint().withPendingWithdrawal(SETTLED))
                .when(commands.decideWithdrawal(ARBITRATOR_1, true))
                .expectEvents(new WithdrawalRequestApproved(COMPLAINT_ID, REQUEST_ID, ARBITER_1, "已审核", now),
                        new ComplaintWithdrawn(COMPLAINT_ID, SETTLED, REVIEW, "误会一场", REQUEST_ID, now));
    }

    @Test
    void reviewingARequest_byAnotherArbitratorThanTheAssignee_isRejected() {
        given(anAssignedComplaint().withPendingWithdrawal())
                .when(commands.decideWithdrawal(ARBITRATOR_2, true))
                .expectNoEvents()
                .expectException(violates(NOT_ASSIGNED));
    }

    @Test
    void reviewingARequest_thatIsNotThePendingOne_isRejected() {
        given(anAssignedComplaint().withPendingWithdrawal())
                .when(new DecideWithdrawalRequest(COMPLAINT_ID, ARBITRATOR_1,
                        NEW_REQUEST_ID, true, "已审核", now))
                .expectNoEvents()
                .expectException(violates(NO_PENDING_WITHDRAWAL));
    }

    @Test
    void reviewing_withoutAPendingRequest_isRejected() {
        given(anAssignedComplaint())
                .when(commands.decideWithdrawal(ARBITRATOR_1, true))
                .expectNoEvents()
                .expectException(violates(NO_PENDING_WITHDRAWAL));
    }

    @ParameterizedTest
    @EnumSource(WithdrawalReason.class)
    void withdraw_whileARequestIsPending_isRejected(WithdrawalReason reason) {
        given(anAssignedComplaint().withSuggestion().withPendingWithdrawal())
                .when(commands.withdraw(BUYER, reason))
                .expectNoEvents()
                .expectException(violates(WITHDRAWAL_ALREADY_PENDING));
    }

    @ParameterizedTest
    @EnumSource(WithdrawalReason.class)
    void withdraw_afterWithdrawal_isRejected(WithdrawalReason reason) {
        given(aNegotiatingComplaint().withdrawn())
                .when(commands.withdraw(BUYER, reason))
                .expectNoEvents()
                .expectException(violates(ALREADY_WITHDRAWN));
    }

    @Test
    void withdraw_byAnotherBuyer_isRejected() {
        given(anIntervenedComplaint())
                .when(commands.withdraw(OTHER_BUYER, MISUNDERSTANDING))
                .expectNoEvents()
                .expectException(violates(NOT_A_PARTY));
    }
}
