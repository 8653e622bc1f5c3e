package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.command.support.JsonBody;

/** A pending withdrawal request holds up the ruling, so requests cannot be used to stall a case. */
class WithdrawalStallingHttpTest extends HttpTestBase {

    @Test
    void aRejectedReason_isRefusedAsRepeated_untilItComesWithNewEvidence() {
        String id = journey().assignedTo("arbiter-1");
        rejected(id, aWithdrawal("MISUNDERSTANDING"));

        var problem = assertProblem(as("buyer-1").post(path(id, "/withdrawal"), aWithdrawal("MISUNDERSTANDING")),
                409, "WITHDRAWAL_REPEATED");
        assertThat(problem.path("state").asText()).isEqualTo("PLATFORM_INTERVENED");

        expect(202, as("buyer-1").post(path(id, "/withdrawal"), withNewEvidence("MISUNDERSTANDING")));
    }

    @Test
    void aFourthRequest_isRefused_andTheCaseCanBeRuled() {
        String id = journey().assignedTo("arbiter-1");
        rejected(id, aWithdrawal("MISUNDERSTANDING"));
        rejected(id, aWithdrawal("INSUFFICIENT_EVIDENCE"));
        rejected(id, withNewEvidence("MISUNDERSTANDING"));

        assertProblem(as("buyer-1").post(path(id, "/withdrawal"), withNewEvidence("SETTLED")),
                409, "TOO_MANY_WITHDRAWAL_REQUESTS");

        expect(200, as("arbiter-1").post(path(id, "/ruling"), aRulingForTheBuyer()));
    }

    private void rejected(String id, JsonBody withdrawal) {
        String requestId = expect(202, as("buyer-1").post(path(id, "/withdrawal"), withdrawal)).text("requestId");
        expect(200, as("arbiter-1").post(path(id, "/withdrawal-requests/" + requestId + "/decision"), aDecision(false)));
    }

    private static JsonBody withNewEvidence(String reason) {
        return aWithdrawal(reason).with("evidence", List.of(anEvidenceItem().with("kind", "CHAT_LOG")));
    }
}
