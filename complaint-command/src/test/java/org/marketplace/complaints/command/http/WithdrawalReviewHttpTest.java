package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.*;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.Answer;
import org.marketplace.complaints.command.support.HttpTestBase;

/** Withdrawals the platform reviews (通过天猫客服进行申请…天猫会对买家的撤销申请进行审核). */
class WithdrawalReviewHttpTest extends HttpTestBase {

    @Test
    void aMisunderstanding_isARequest_thatAnArbitratorApproves() {
        String id = journey().filed();

        Answer requested = expect(202, as("buyer-1").post(path(id, "/withdrawal"), aWithdrawal("MISUNDERSTANDING")
                .with("note", "the leak came from a cracked cup")));
        assertThat(requested.json().path("outcome").asText()).isEqualTo("PENDING_REVIEW");
        String requestId = requested.text("requestId");

        Answer decided = expect(200, as("arbiter-1").post(path(id, "/withdrawal-requests/" + requestId + "/decision"),
                aDecision(true)));

        assertThat(decided.eventPosition()).isGreaterThan(requested.eventPosition());
        assertThat(eventTypes(id)).endsWith("WithdrawalRequested", "WithdrawalRequestApproved", "ComplaintWithdrawn");
    }

    @Test
    void aSecondRequest_whileOneIsPending_isRefused() {
        String id = journey().filed();
        expect(202, as("buyer-1").post(path(id, "/withdrawal"), aWithdrawal("INSUFFICIENT_EVIDENCE")));

        assertProblem(as("buyer-1").post(path(id, "/withdrawal"), aWithdrawal("MISUNDERSTANDING")),
                409, "WITHDRAWAL_ALREADY_PENDING");
    }

    @Test
    void aRejectedRequest_letsTheCaseGoOn() {
        String id = journey().filed();
        String requestId = expect(202, as("buyer-1").post(path(id, "/withdrawal"), aWithdrawal("MISUNDERSTANDING")))
                .text("requestId");

        expect(200, as("arbiter-2").post(path(id, "/withdrawal-requests/" + requestId + "/decision"), aDecision(false)));

        expect(202, as("seller-1").post(path(id, "/seller-response"), aSellerResponse()));
    }

    @Test
    void onlyArbitrators_decideWithdrawalRequests() {
        String id = journey().filed();
        String requestId = expect(202, as("buyer-1").post(path(id, "/withdrawal"), aWithdrawal("MISUNDERSTANDING")))
                .text("requestId");

        assertProblem(as("buyer-1").post(path(id, "/withdrawal-requests/" + requestId + "/decision"), aDecision(true)),
                403, "ROLE_NOT_ALLOWED");
    }
}
