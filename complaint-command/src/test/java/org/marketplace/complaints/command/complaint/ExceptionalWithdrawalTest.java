package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.command.WithdrawalResult;
import org.marketplace.complaints.api.event.*;

import java.util.List;

import static org.marketplace.complaints.api.WithdrawalMode.EXCEPTIONAL;
import static org.marketplace.complaints.api.WithdrawalReason.*;
import static org.marketplace.complaints.api.rules.RuleCode.*;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/** After a ruling: only with new evidence, and only another arbitrator than the one who ruled may approve. */
class ExceptionalWithdrawalTest extends ComplaintAggregateTest {

    @ParameterizedTest
    @EnumSource(value = WithdrawalReason.class, names = "PLATFORM_SUGGESTED", mode = EnumSource.Mode.EXCLUDE)
    void withdraw_afterRulingWithNewEvidence_asksForAnExceptionalReview(WithdrawalReason reason) {
        given(aRuledComplaint())
                .when(commands.withdraw(BUYER, reason, null, chatLog()))
                .expectEvents(new WithdrawalRequested(COMPLAINT_ID, NEW_REQUEST_ID, reason, null, chatLog(), true, now))
                .expectResultMessagePayload(WithdrawalResult.pendingReview(NEW_REQUEST_ID));
    }

    @ParameterizedTest
    @EnumSource(value = WithdrawalReason.class, names = "PLATFORM_SUGGESTED", mode = EnumSource.Mode.EXCLUDE)
    void withdraw_afterRuling_needsNewEvidence(WithdrawalReason reason) {
        given(aRuledComplaint())
                .when(commands.withdraw(BUYER, reason, "有新情况", List.of()))
                .expectNoEvents()
                .expectException(violates(NEW_EVIDENCE_REQUIRED));
    }

    /** The rule function refuses this reason after a ruling: no suggestion can be open on a ruled case. */
    @Test
    void withdraw_asPlatformSuggestedAfterRuling_isNotAllowed() {
        given(aRuledComplaint())
                .when(commands.withdraw(BUYER, PLATFORM_SUGGESTED, null, chatLog()))
                .expectNoEvents()
                .expectException(violates(WITHDRAWAL_NOT_ALLOWED));
    }

    @Test
    void approvingAnExceptionalRequest_byTheArbitratorWhoRuled_isRejected() {
        given(aRuledComplaint().withPendingWithdrawal(INSUFFICIENT_EVIDENCE))
                .when(commands.decideWithdrawal(ARBITRATOR_1, true))
                .expectNoEvents()
                .expectException(violates(RULING_ARBITRATOR_MAY_NOT_REVIEW));
    }

    @Test
    void rejectingAnExceptionalRequest_byTheArbitratorWhoRuled_isRejectedToo() {
        given(aRuledComplaint().withPendingWithdrawal(INSUFFICIENT_EVIDENCE))
                .when(commands.decideWithdrawal(ARBITRATOR_1, false))
                .expectNoEvents()
                .expectException(violates(RULING_ARBITRATOR_MAY_NOT_REVIEW));
    }

    @Test
    void approvingAnExceptionalRequest_byAnotherArbitrator_withdrawsTheRuledComplaint() {
        given(aRuledComplaint().withPendingWithdrawal(INSUFFICIENT_EVIDENCE))
                .when(commands.decideWithdrawal(ARBITRATOR_2, true))
                .expectEvents(new WithdrawalRequestApproved(COMPLAINT_ID, REQUEST_ID, ARBITER_2, "已审核", now),
                        new ComplaintWithdrawn(COMPLAINT_ID, INSUFFICIENT_EVIDENCE, EXCEPTIONAL, "误会一场", REQUEST_ID,
                                now));
    }

    @Test
    void rejectingAnExceptionalRequest_byAnotherArbitrator_leavesTheRulingInForce() {
        given(aRuledComplaint().withPendingWithdrawal(MISUNDERSTANDING))
                .when(commands.decideWithdrawal(ARBITRATOR_2, false))
                .expectEvents(new WithdrawalRequestRejected(COMPLAINT_ID, REQUEST_ID, ARBITER_2, "已审核", now));
    }

    @Test
    void withdraw_afterARejectedExceptionalRequest_isExceptionalAgain() {
        given(aRuledComplaint().withRejectedWithdrawal())
                .when(commands.withdraw(BUYER, MISUNDERSTANDING, null, photo()))
                .expectEvents(new WithdrawalRequested(COMPLAINT_ID, NEW_REQUEST_ID, MISUNDERSTANDING, null, photo(),
                        true, now));
    }

    @Test
    void withdraw_whileAnExceptionalRequestIsPending_isRejected() {
        given(aRuledComplaint().withPendingWithdrawal(MISUNDERSTANDING))
                .when(commands.withdraw(BUYER, SETTLED))
                .expectNoEvents()
                .expectException(violates(WITHDRAWAL_ALREADY_PENDING));
    }

    @Test
    void withdraw_afterAnExceptionalWithdrawal_isRejected() {
        given(aRuledComplaint().withPendingWithdrawal(MISUNDERSTANDING).withApprovedWithdrawal())
                .when(commands.withdraw(BUYER, MISUNDERSTANDING))
                .expectNoEvents()
                .expectException(violates(ALREADY_WITHDRAWN));
    }
}
