package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.WithdrawalMode;
import org.marketplace.complaints.api.event.ComplaintRuled;
import org.marketplace.complaints.api.event.ComplaintWithdrawn;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.command.support.JsonBody;

/** The platform steps in (天猫介入仲裁), works the case and rules. */
class ArbitrationHttpTest extends HttpTestBase {

    @Test
    void interventionAssignmentEvidenceSuggestionDeclineAndRuling_goThroughInOrder() {
        String id = journey().responded();

        expect(202, as("buyer-1").post(path(id, "/intervention-request"), aNote()));
        expect(202, as("arbiter-1").post(path(id, "/assignment"), null));
        expect(202, as("arbiter-1").post(path(id, "/evidence-requests"), anEvidenceRequest("BUYER")));
        expect(202, as("buyer-1").post(path(id, "/evidence"), someEvidence()));
        expect(202, as("arbiter-1").post(path(id, "/withdrawal-suggestion"), aSuggestion()));
        expect(202, as("buyer-1").post(path(id, "/withdrawal-suggestion/decline"), aNote()));
        long seen = streamVersion(id);
        expect(200, as("arbiter-1").withHeader("If-Match", "\"" + seen + "\"").post(path(id, "/ruling"),
                aRulingForTheBuyer()));

        assertThat(eventTypes(id)).containsSubsequence("PlatformIntervened", "ArbitratorAssigned",
                "EvidenceRequested", "EvidenceSubmitted", "EvidenceRequestFulfilled", "WithdrawalSuggested",
                "WithdrawalSuggestionDeclined", "ComplaintRuled");
        assertThat(((ComplaintRuled) events(id).get((int) seen + 1).getPayload()).rulingOnVersion()).isEqualTo(seen);
    }

    @Test
    void onlyTheAssignedArbitrator_actsOnTheCase() {
        String id = journey().assignedTo("arbiter-1");

        assertProblem(as("arbiter-2").post(path(id, "/evidence-requests"), anEvidenceRequest("SELLER")),
                409, "NOT_ASSIGNED");
    }

    @Test
    void aRuling_onAStaleVersion_isAConcurrentModification() {
        String id = journey().assignedTo("arbiter-1");
        long seen = streamVersion(id);
        expect(202, as("seller-1").post(path(id, "/evidence"), someEvidence()));

        assertProblem(as("arbiter-1").withHeader("If-Match", "\"" + seen + "\"").post(path(id, "/ruling"),
                aRulingForTheBuyer()), 409, "CONCURRENT_MODIFICATION");

        assertThat(eventTypes(id)).doesNotContain("ComplaintRuled");
    }

    @Test
    void aRuledComplaint_cannotBeRuledAgain_norFiledAgain() {
        JsonBody request = aComplaintRequest();
        String id = journey().filed(request);
        expect(202, as("seller-1").post(path(id, "/seller-response"), aSellerResponse()));
        expect(202, as("seller-1").post(path(id, "/intervention-request"), null));
        expect(202, as("arbiter-1").post(path(id, "/assignment"), null));
        expect(200, as("arbiter-1").post(path(id, "/ruling"), aRulingForTheBuyer()));

        assertProblem(as("arbiter-1").post(path(id, "/ruling"), aRulingForTheBuyer()), 409, "ALREADY_RULED");
        assertProblem(as("buyer-1").post("/api/complaints", request), 409, "ALREADY_RULED");
    }

    @Test
    void withdrawingAfterARuling_needsNewEvidence() {
        String id = journey().ruledBy("arbiter-1");

        assertProblem(as("buyer-1").post(path(id, "/withdrawal"), aWithdrawal("MISUNDERSTANDING")),
                400, "NEW_EVIDENCE_REQUIRED");
    }

    @Test
    void anExceptionalWithdrawal_isApprovedOnlyByAnotherArbitrator() {
        String id = journey().ruledBy("arbiter-1");
        String requestId = expect(202, as("buyer-1").post(path(id, "/withdrawal"), aWithdrawal("MISUNDERSTANDING")
                .with("evidence", List.of(anEvidenceItem().with("kind", "CHAT_LOG"))))).text("requestId");

        assertProblem(as("arbiter-1").post(path(id, "/withdrawal-requests/" + requestId + "/decision"),
                aDecision(true)), 409, "RULING_ARBITRATOR_MAY_NOT_REVIEW");
        expect(200, as("arbiter-2").post(path(id, "/withdrawal-requests/" + requestId + "/decision"), aDecision(true)));

        var withdrawn = events(id).get(events(id).size() - 1).getPayload();
        assertThat(withdrawn).isInstanceOf(ComplaintWithdrawn.class);
        assertThat(((ComplaintWithdrawn) withdrawn).mode()).isEqualTo(WithdrawalMode.EXCEPTIONAL);
    }

    @Test
    void aSeller_mayNotRule() {
        String id = journey().assignedTo("arbiter-1");

        assertProblem(as("seller-1").post(path(id, "/ruling"), aRulingForTheBuyer()), 403, "ROLE_NOT_ALLOWED");
    }
}
