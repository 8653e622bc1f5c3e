package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertInvalid;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.*;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.RulingOutcome;
import org.marketplace.complaints.api.event.ReconsiderationRequested;
import org.marketplace.complaints.api.event.RulingBecameFinal;
import org.marketplace.complaints.api.event.RulingRevised;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.command.support.JsonBody;

/**
 * POST …/reconsideration and …/reconsideration/decision: a party asks once for a second look at the ruling, an
 * arbitrator other than the one who ruled takes and decides it. RECONSIDERATION_WINDOW_CLOSED needs a window of
 * seconds, which this shared context does not have: ReconsiderationDeadlineRestartTest asserts it over HTTP.
 */
class ReconsiderationHttpTest extends HttpTestBase {

    private static final String REQUEST = "/reconsideration";
    private static final String DECISION = "/reconsideration/decision";

    @Test
    void theSellersRequest_isTakenByAnotherArbitrator_whoRevisesTheRuling_whichIsThenFinal() {
        String id = journey().ruledBy("arbiter-1");

        expect(202, as("seller-1").post(path(id, REQUEST), aReconsiderationRequest()));
        expect(202, as("arbiter-2").post(path(id, "/assignment"), null));
        expect(200, as("arbiter-2").withHeader("If-Match", quoted(streamVersion(id))).post(path(id, DECISION),
                aRevisionForTheSeller()));

        assertThat(eventTypes(id)).endsWith("ComplaintRuled", "ReconsiderationRequested", "ArbitratorAssigned",
                "RulingRevised", "RulingBecameFinal");
        assertThat(payloadOf(id, ReconsiderationRequested.class).requestedBy()).isEqualTo(new Actor(Role.SELLER, "seller-1"));
        RulingRevised revised = payloadOf(id, RulingRevised.class);
        assertThat(revised.outcome()).isEqualTo(RulingOutcome.SELLER_FAVOURED);
        assertThat(revised.arbitratorId().value()).isEqualTo("arbiter-2");
        // decided, not timed out: no deadline named
        assertThat(payloadOf(id, RulingBecameFinal.class).deadline()).isNull();
    }

    @Test
    void theBuyersRequest_upheld_makesTheRulingFinal_andASecondRequestIsAlreadyUsed() {
        String id = journey().ruledBy("arbiter-1");

        expect(202, as("buyer-1").post(path(id, REQUEST), aReconsiderationRequest()));
        assertProblem(as("seller-1").post(path(id, REQUEST), aReconsiderationRequest()), 409,
                "RECONSIDERATION_ALREADY_USED");
        expect(202, as("arbiter-2").post(path(id, "/assignment"), null));
        expect(200, as("arbiter-2").post(path(id, DECISION), anUpholding()));

        assertThat(eventTypes(id)).endsWith("RulingUpheld", "RulingBecameFinal");
        assertProblem(as("buyer-1").post(path(id, REQUEST), aReconsiderationRequest()), 409,
                "RECONSIDERATION_ALREADY_USED");
    }

    @Test
    void theArbitratorWhoRuled_mayNeitherTakeTheReconsideration_norBeHandedIt() {
        String id = reconsiderationRequested();

        assertProblem(as("arbiter-1").post(path(id, "/assignment"), null), 409, "RULING_ARBITRATOR_MAY_NOT_RECONSIDER");
        assertProblem(as("lead-1").post(path(id, "/assignment"), JsonBody.json().with("arbitratorId", "arbiter-1")),
                409, "RULING_ARBITRATOR_MAY_NOT_RECONSIDER");
        assertThat(eventTypes(id)).endsWith("ReconsiderationRequested");
    }

    @Test
    void anAuditor_isForbidden_andAStrangerBuyer_findsNoComplaint_asForAMissingOne() {
        String id = journey().ruledBy("arbiter-1");

        assertProblem(as("auditor-1").post(path(id, REQUEST), aReconsiderationRequest()), 403, "ROLE_NOT_ALLOWED");
        assertProblem(as("auditor-1").post(path(id, DECISION), anUpholding()), 403, "ROLE_NOT_ALLOWED");
        assertProblem(as("arbiter-2").post(path(id, REQUEST), aReconsiderationRequest()), 403, "ROLE_NOT_ALLOWED");
        assertProblem(as("seller-1").post(path(id, DECISION), anUpholding()), 403, "ROLE_NOT_ALLOWED");
        assertProblem(as("buyer-2").post(path(id, REQUEST), aReconsiderationRequest()), 404, "COMPLAINT_NOT_FOUND");
        assertProblem(as("buyer-2").post(path(UUID.randomUUID().toString(), REQUEST), aReconsiderationRequest()), 404,
                "COMPLAINT_NOT_FOUND");
        assertThat(eventTypes(id)).endsWith("ComplaintRuled");
    }

    @Test
    void aRequest_withoutNewEvidence_orWithABlankStatement_isRefusedAsBadInput() {
        String id = journey().ruledBy("arbiter-1");

        assertProblem(as("seller-1").post(path(id, REQUEST), aReconsiderationRequest().with("evidence", List.of())),
                400, "NEW_EVIDENCE_REQUIRED");
        assertInvalid(as("seller-1").post(path(id, REQUEST), aReconsiderationRequest().with("statement", " ")),
                "statement");
        assertThat(eventTypes(id)).endsWith("ComplaintRuled");
    }

    @Test
    void anUpholding_thatAlsoGivesAnOutcome_isRefusedAsBadInput() {
        String id = takenBy("arbiter-2");

        assertProblem(as("arbiter-2").post(path(id, DECISION), anUpholding().with("outcome", "SELLER_FAVOURED")), 400,
                "VALIDATION_FAILED");
        assertThat(eventTypes(id)).doesNotContain("RulingUpheld", "RulingBecameFinal");
    }

    @Test
    void aWithdrawalRequest_andAReconsideration_neverWaitTogether() {
        String withdrawing = journey().ruledBy("arbiter-1");
        expect(202, as("buyer-1").post(path(withdrawing, "/withdrawal"), aWithdrawal("MISUNDERSTANDING")
                .with("evidence", List.of(anEvidenceItem()))));
        String reconsidering = reconsiderationRequested();

        assertProblem(as("seller-1").post(path(withdrawing, REQUEST), aReconsiderationRequest()), 409, "REQUEST_PENDING");
        assertProblem(as("buyer-1").post(path(reconsidering, "/withdrawal"), aWithdrawal("MISUNDERSTANDING")
                .with("evidence", List.of(anEvidenceItem()))), 409, "REQUEST_PENDING");
    }

    @Test
    void aDecision_onAStaleVersion_isAConcurrentModification() {
        String id = takenBy("arbiter-2");
        long seen = streamVersion(id);
        // the case changed after the arbitrator looked at it: given back and taken again
        expect(202, as("arbiter-2").post(path(id, "/assignment/release"), null));
        expect(202, as("arbiter-2").post(path(id, "/assignment"), null));

        assertProblem(as("arbiter-2").withHeader("If-Match", quoted(seen)).post(path(id, DECISION), anUpholding()), 409,
                "CONCURRENT_MODIFICATION");
        assertThat(eventTypes(id)).doesNotContain("RulingUpheld");
        expect(200, as("arbiter-2").withHeader("If-Match", quoted(streamVersion(id))).post(path(id, DECISION),
                anUpholding()));
    }

    private String reconsiderationRequested() {
        String id = journey().ruledBy("arbiter-1");
        expect(202, as("seller-1").post(path(id, REQUEST), aReconsiderationRequest()));
        return id;
    }

    private String takenBy(String arbitrator) {
        String id = reconsiderationRequested();
        expect(202, as(arbitrator).post(path(id, "/assignment"), null));
        return id;
    }

    private static String quoted(long version) {
        return "\"" + version + "\"";
    }

    private <T> T payloadOf(String id, Class<T> type) {
        return events(id).stream().map(event -> event.getPayload()).filter(type::isInstance).map(type::cast)
                .reduce((first, last) -> last).orElseThrow();
    }
}
