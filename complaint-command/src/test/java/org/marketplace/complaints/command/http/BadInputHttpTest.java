package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertInvalid;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.ProblemAssert.messageFor;
import static org.marketplace.complaints.command.support.Requests.*;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.Answer;
import org.marketplace.complaints.command.support.ApiClient;
import org.marketplace.complaints.command.support.HttpTestBase;

/** Bad input is a 400 VALIDATION_FAILED that says which field and why: never a 500. */
class BadInputHttpTest extends HttpTestBase {

    private ApiClient buyer() {
        return as("buyer-1");
    }

    @Test
    void malformedJson_isRejected() {
        Answer answer = buyer().post("/api/complaints", "{\"orderId\": \"o-1\", ", "application/json");

        assertThat(messageFor(assertInvalid(answer, "body"), "body")).startsWith("malformed JSON");
    }

    @Test
    void aMissingBody_isRejected() {
        assertInvalid(buyer().post("/api/complaints", "", "application/json"), "body");
    }

    @Test
    void anArrayInsteadOfAnObject_isRejected_withoutNamingJavaTypes() {
        Answer answer = buyer().post("/api/complaints", "[]", "application/json");

        assertThat(messageFor(assertInvalid(answer, "body"), "body")).doesNotContain("org.marketplace");
    }

    @Test
    void missingFields_areEachNamed() {
        Answer answer = buyer().post("/api/complaints", aComplaintRequest().without("orderId").without("category")
                .without("evidence"));

        var problem = assertInvalid(answer, "orderId");
        assertThat(problem.path("errors").findValuesAsText("field")).contains("category", "evidence");
    }

    @Test
    void aDescriptionOf2001Characters_isTooLong() {
        Answer answer = buyer().post("/api/complaints", aComplaintRequest().with("description", "长".repeat(2001)));

        assertThat(messageFor(assertInvalid(answer, "description"), "description")).contains("2000");
    }

    @Test
    void aDescriptionOf2000ChineseCharacters_isAccepted() {
        assertThat(buyer().post("/api/complaints", aComplaintRequest().with("description", "长".repeat(2000)))
                .status()).isEqualTo(201);
    }

    @Test
    void anUnknownCategory_isRejected_listingTheAllowedValues() {
        Answer answer = buyer().post("/api/complaints", aComplaintRequest().with("category", "BROKEN"));

        assertThat(messageFor(assertInvalid(answer, "category"), "category"))
                .contains("QUALITY_PROBLEM", "FALSE_ADVERTISING", "OTHER");
    }

    @Test
    void anUnknownEvidenceKind_isNamedByItsPath() {
        Answer answer = buyer().post("/api/complaints",
                aComplaintRequest().with("evidence", List.of(anEvidenceItem().with("kind", "VIDEO"))));

        assertInvalid(answer, "evidence[0].kind");
    }

    @Test
    void wrongTypes_areRejected() {
        assertInvalid(buyer().post("/api/complaints", aComplaintRequest().with("evidence", "a photo")), "evidence");
        assertInvalid(buyer().post("/api/complaints", aComplaintRequest().with("description", List.of("x"))),
                "description");
        assertInvalid(buyer().post("/api/complaints", aComplaintRequest().with("category", 1)), "category");
    }

    @Test
    void noEvidence_isRejected() {
        assertInvalid(buyer().post("/api/complaints", aComplaintRequest().with("evidence", List.of())), "evidence");
    }

    @Test
    void moreThanTwentyEvidenceItems_areRejected() {
        List<Object> items = IntStream.range(0, 21).mapToObj(i -> (Object) anEvidenceItem()).toList();

        assertInvalid(buyer().post("/api/complaints", aComplaintRequest().with("evidence", items)), "evidence");
    }

    @Test
    void anEmptyEvidenceItem_isRejected() {
        assertInvalid(buyer().post("/api/complaints", aComplaintRequest().with("evidence", Arrays.asList((Object) null))),
                "evidence[0]");
    }

    @Test
    void aBlankDescription_isRejected() {
        assertInvalid(buyer().post("/api/complaints", aComplaintRequest().with("description", "   ")), "description");
    }

    @Test
    void aBlankEvidenceReference_isRejected() {
        assertInvalid(buyer().post("/api/complaints",
                aComplaintRequest().with("evidence", List.of(anEvidenceItem().with("reference", " ")))),
                "evidence[0].reference");
    }

    @Test
    void aRefundWithoutAnAmount_isRejected_namingTheAmount() {
        String id = journey().filed();

        Answer answer = as("seller-1").post(path(id, "/settlement-offers"), aRefundOffer().without("amountFen"));

        assertInvalid(answer, "amountFen");
    }

    @Test
    void anAmountThatIsNotANumber_isRejected() {
        String id = journey().filed();

        assertInvalid(as("seller-1").post(path(id, "/settlement-offers"), aRefundOffer().with("amountFen", "lots")),
                "amountFen");
    }

    @Test
    void anApprovalThatIsNotABoolean_isRejected() {
        assertInvalid(as("arbiter-1").post(path(UUID.randomUUID().toString(), "/withdrawal-requests/"
                + UUID.randomUUID() + "/decision"), aDecision(true).with("approve", "yes")), "approve");
    }

    @Test
    void aComplaintIdThatIsNotAUuid_isRejected() {
        assertInvalid(buyer().post("/api/complaints/not-a-uuid/evidence", someEvidence()), "id");
    }

    @Test
    void aContentTypeOtherThanJson_isRejected() {
        Answer answer = buyer().post("/api/complaints", aComplaintRequest().toJson(), "text/plain");

        assertInvalid(answer, "Content-Type");
    }

    @Test
    void aMalformedIfMatch_isRejected() {
        String id = journey().assignedTo("arbiter-1");

        Answer answer = as("arbiter-1").withHeader("If-Match", "\"latest\"").post(path(id, "/ruling"),
                aRulingForTheBuyer());

        assertInvalid(answer, "If-Match");
    }

    @Test
    void aRulingForTheSellerWithARemedy_isRejected_byTheRecordsOwnCheck() {
        String id = journey().assignedTo("arbiter-1");

        Answer answer = as("arbiter-1").post(path(id, "/ruling"), aRulingForTheBuyer().with("outcome", "SELLER_FAVOURED"));

        assertInvalid(answer, "body");
    }

    @Test
    void anUnknownComplaint_isNotFound() {
        Answer answer = buyer().post(path(UUID.randomUUID().toString(), "/evidence"), someEvidence());

        assertProblem(answer, 404, "COMPLAINT_NOT_FOUND");
    }

    @Test
    void anUnknownPath_isNotFound_asAProblem() {
        assertProblem(buyer().get("/api/nothing-here"), 404, "NOT_FOUND");
    }
}
