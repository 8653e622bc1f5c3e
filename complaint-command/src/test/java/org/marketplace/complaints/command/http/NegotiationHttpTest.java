package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.Answer;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.command.support.JsonBody;

/** Before intervention: respond, offer, accept or decline, and withdraw as SETTLED. */
class NegotiationHttpTest extends HttpTestBase {

    @Test
    void respondOfferAcceptAndWithdrawAsSettled_isWithdrawnAtOnce_withEveryPositionLaterThanTheLast() {
        Answer filed = expect(201, as("buyer-1").post("/api/complaints", aComplaintRequest()));
        String id = filed.text("complaintId");

        Answer responded = expect(202, as("seller-1").post(path(id, "/seller-response"), aSellerResponse()));
        Answer offered = expect(201, as("seller-1").post(path(id, "/settlement-offers"), aRefundOffer()));
        String offerId = offered.text("offerId");
        Answer accepted = expect(202, as("buyer-1").post(path(id, "/settlement-offers/" + offerId + "/acceptance"), null));
        Answer withdrawn = expect(200, as("buyer-1").post(path(id, "/withdrawal"), aWithdrawal("SETTLED")));

        assertThat(withdrawn.json().path("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().has("requestId")).isFalse();
        assertThat(eventTypes(id)).containsExactly("ComplaintFiled", "SellerResponded", "NegotiationStarted",
                "SettlementOffered", "SettlementAccepted", "SettlementFulfilmentStarted", "ComplaintWithdrawn");
        assertThat(new long[] {filed.eventPosition(), responded.eventPosition(), offered.eventPosition(),
                accepted.eventPosition(), withdrawn.eventPosition()}).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void everyEvent_isAttributedToTheAccountThatCausedIt() {
        String id = journey().responded();

        assertThat(events(id).stream().map(e -> e.getMetaData().get("actor")))
                .containsExactly("BUYER:buyer-1", "SELLER:seller-1", "SELLER:seller-1");
    }

    @Test
    void aDeclinedOffer_leavesTheNegotiationOpen() {
        String id = journey().responded();
        String offerId = expect(201, as("seller-1").post(path(id, "/settlement-offers"), aRefundOffer())).text("offerId");

        expect(202, as("buyer-1").post(path(id, "/settlement-offers/" + offerId + "/decline"), aNote()));

        assertThat(eventTypes(id)).endsWith("SettlementDeclined");
    }

    @Test
    void withdrawingAsSettled_withoutAnAcceptedOffer_needsTheAgreedTermsInANote() {
        String id = journey().responded();

        var problem = assertProblem(as("buyer-1").post(path(id, "/withdrawal"), aWithdrawal("SETTLED")),
                400, "SETTLEMENT_TERMS_REQUIRED");

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("note");
    }

    @Test
    void aWithdrawnComplaint_cannotBeFiledAgain_norWithdrawnAgain() {
        JsonBody request = aComplaintRequest();
        String id = journey().filed(request);
        expect(200, as("buyer-1").post(path(id, "/withdrawal"),
                aWithdrawal("SETTLED").with("note", "refunded 50 yuan by bank transfer")));

        assertProblem(as("buyer-1").post("/api/complaints", request), 409, "REFILE_AFTER_WITHDRAWAL");
        assertProblem(as("buyer-1").post(path(id, "/withdrawal"), aWithdrawal("SETTLED").with("note", "again")),
                409, "ALREADY_WITHDRAWN");
    }

    @Test
    void respondingTwice_isAnInvalidState_namingTheState() {
        String id = journey().responded();

        var problem = assertProblem(as("seller-1").post(path(id, "/seller-response"), aSellerResponse()),
                409, "INVALID_STATE");

        assertThat(problem.path("state").asText()).isEqualTo("NEGOTIATING");
    }

    /** Not 403 NOT_A_PARTY: a complaint id can be computed, and a 403 would tell a stranger that it exists. */
    @Test
    void anotherBuyer_touchingSomeoneElsesComplaint_getsWhatAnUnknownComplaintGets() {
        String id = journey().filed();

        var stranger = as("buyer-2").post(path(id, "/withdrawal"), aWithdrawal("MISUNDERSTANDING"));
        var unknown = as("buyer-2").post(path(java.util.UUID.randomUUID().toString(), "/withdrawal"), aWithdrawal("MISUNDERSTANDING"));

        var problem = (ObjectNode) assertProblem(stranger, 404, "COMPLAINT_NOT_FOUND");
        var nothing = (ObjectNode) assertProblem(unknown, 404, "COMPLAINT_NOT_FOUND");
        // the same answer but for the path the caller asked about
        assertThat((Object) problem.without("instance")).isEqualTo(nothing.without("instance"));
        assertThat(eventTypes(id)).containsExactly("ComplaintFiled");
    }

    @Test
    void anotherSeller_respondingToSomeoneElsesComplaint_getsNotFound() {
        String id = journey().filed();

        assertProblem(as("seller-2").post(path(id, "/seller-response"), aSellerResponse()), 404, "COMPLAINT_NOT_FOUND");
    }

    @Test
    void aBuyer_mayNotMakeAnOffer() {
        String id = journey().filed();

        assertProblem(as("buyer-1").post(path(id, "/settlement-offers"), aRefundOffer()), 403, "ROLE_NOT_ALLOWED");
    }
}
