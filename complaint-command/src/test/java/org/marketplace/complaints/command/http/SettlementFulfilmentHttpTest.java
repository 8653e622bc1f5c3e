package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertInvalid;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.InterventionReason;
import org.marketplace.complaints.api.event.PlatformIntervened;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.command.support.JsonBody;

/** POST …/settlement-unfulfilled, and the offers refused while an accepted settlement is carried out. */
class SettlementFulfilmentHttpTest extends HttpTestBase {

    @Test
    void reportingAnAgreedSettlementUnfulfilled_isAccepted_andThePlatformIntervenes_withTheEvidence() {
        String id = anAgreedSettlement();

        expect(202, as("buyer-1").post(path(id, "/settlement-unfulfilled"), anUnfulfilledReport()
                .with("evidence", List.of(anEvidenceItem().with("kind", "CHAT_LOG")))));

        assertThat(eventTypes(id)).endsWith("SettlementAccepted", "SettlementFulfilmentStarted", "EvidenceSubmitted",
                "PlatformIntervened");
        PlatformIntervened intervened = (PlatformIntervened) events(id).get(events(id).size() - 1).getPayload();
        assertThat(intervened.reason()).isEqualTo(InterventionReason.SETTLEMENT_UNFULFILLED);
        assertThat(intervened.note()).isEqualTo("the refund never arrived");
    }

    @Test
    void aNewOffer_whileTheSettlementIsCarriedOut_isSettlementAgreed() {
        String id = anAgreedSettlement();

        assertProblem(as("seller-1").post(path(id, "/settlement-offers"), aRefundOffer()), 409, "SETTLEMENT_AGREED");
    }

    @Test
    void reportingUnfulfilled_withoutAnAcceptedOffer_isAnInvalidState() {
        String id = journey().responded();

        var problem = assertProblem(as("buyer-1").post(path(id, "/settlement-unfulfilled"), anUnfulfilledReport()),
                409, "INVALID_STATE");

        assertThat(problem.path("state").asText()).isEqualTo("NEGOTIATING");
    }

    @Test
    void reportingUnfulfilled_withoutANote_isInvalid_andNotForTheSeller() {
        String id = anAgreedSettlement();

        assertInvalid(as("buyer-1").post(path(id, "/settlement-unfulfilled"), JsonBody.json()), "note");
        assertProblem(as("seller-1").post(path(id, "/settlement-unfulfilled"), anUnfulfilledReport()), 403,
                "ROLE_NOT_ALLOWED");
    }

    private String anAgreedSettlement() {
        String id = journey().responded();
        String offerId = expect(201, as("seller-1").post(path(id, "/settlement-offers"), aRefundOffer())).text("offerId");
        expect(202, as("buyer-1").post(path(id, "/settlement-offers/" + offerId + "/acceptance"), null));
        return id;
    }

    private static JsonBody anUnfulfilledReport() {
        return JsonBody.json().with("note", "the refund never arrived");
    }
}
