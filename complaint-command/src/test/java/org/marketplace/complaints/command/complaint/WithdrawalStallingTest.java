package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.command.WithdrawalResult;
import org.marketplace.complaints.api.event.WithdrawalRequested;

import java.util.List;

import static org.marketplace.complaints.api.WithdrawalReason.*;
import static org.marketplace.complaints.api.rules.RuleCode.*;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/**
 * Each pending withdrawal request blocks the ruling, so requests cannot be repeated at will (docs/rules.md,
 * "Requests are not a way to stall").
 */
class WithdrawalStallingTest extends ComplaintAggregateTest {

    @Test
    void withdraw_withARejectedReasonAgain_withoutNewEvidence_isRefusedAsRepeated() {
        given(anAssignedComplaint().withRejectedWithdrawal(MISUNDERSTANDING))
                .when(commands.withdraw(BUYER, MISUNDERSTANDING, "还是误会", List.of()))
                .expectNoEvents()
                .expectException(violates(WITHDRAWAL_REPEATED));
    }

    @Test
    void withdraw_withARejectedReasonAgain_withNewEvidence_isReviewedAgain() {
        given(anAssignedComplaint().withRejectedWithdrawal(MISUNDERSTANDING))
                .when(commands.withdraw(BUYER, MISUNDERSTANDING, "新的聊天记录", chatLog()))
                .expectEvents(new WithdrawalRequested(COMPLAINT_ID, NEW_REQUEST_ID, MISUNDERSTANDING, "新的聊天记录",
                        chatLog(), false, now))
                .expectResultMessagePayload(WithdrawalResult.pendingReview(NEW_REQUEST_ID));
    }

    @Test
    void withdraw_withAnotherReasonAfterARejection_needsNoNewEvidence() {
        given(anAssignedComplaint().withRejectedWithdrawal(MISUNDERSTANDING))
                .when(commands.withdraw(BUYER, INSUFFICIENT_EVIDENCE, null, List.of()))
                .expectEvents(new WithdrawalRequested(COMPLAINT_ID, NEW_REQUEST_ID, INSUFFICIENT_EVIDENCE, null,
                        List.of(), false, now));
    }

    @Test
    void withdraw_aFourthRequest_isRefusedEvenWithNewEvidence() {
        given(anAssignedComplaint().withRejectedWithdrawal(MISUNDERSTANDING)
                .withRejectedWithdrawal(INSUFFICIENT_EVIDENCE).withRejectedWithdrawal(SETTLED))
                .when(commands.withdraw(BUYER, INSUFFICIENT_EVIDENCE, "最后一次", chatLog()))
                .expectNoEvents()
                .expectException(violates(TOO_MANY_WITHDRAWAL_REQUESTS));
    }

    @Test
    void withdraw_afterARulingWithThreeRequestsMade_isRefusedToo() {
        given(anAssignedComplaint().withRejectedWithdrawal(MISUNDERSTANDING)
                .withRejectedWithdrawal(INSUFFICIENT_EVIDENCE).withRejectedWithdrawal(SETTLED).ruledBy(ARBITER_1))
                .when(commands.withdraw(BUYER, MISUNDERSTANDING, "新证据", chatLog()))
                .expectNoEvents()
                .expectException(violates(TOO_MANY_WITHDRAWAL_REQUESTS));
    }

    @Test
    void withdraw_settledBeforeIntervention_afterThreeRejectedRequests_isStillDirect() {
        given(aNegotiatingComplaint().withRejectedWithdrawal(MISUNDERSTANDING)
                .withRejectedWithdrawal(INSUFFICIENT_EVIDENCE).withRejectedWithdrawal(MISUNDERSTANDING))
                .when(commands.withdraw(BUYER, SETTLED, "退款50元", List.of()))
                .expectResultMessagePayload(WithdrawalResult.withdrawn());
    }
}
