package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertInvalid;
import static org.marketplace.complaints.command.support.Requests.aComplaintRequest;
import static org.marketplace.complaints.command.support.Requests.aSellerResponse;
import static org.marketplace.complaints.command.support.Requests.aWithdrawal;
import static org.marketplace.complaints.command.support.Requests.anEvidenceItem;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.command.support.JsonBody;

/**
 * An evidence reference is an https URL or a stored file's id wherever evidence is accepted; anything else
 * (javascript:, data:, http:…) is 400 VALIDATION_FAILED naming the item's reference, and nothing is stored.
 */
class EvidenceReferenceHttpTest extends HttpTestBase {

    private static final String FIELD = "evidence[1].reference";

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.cookie)", "data:text/html,<script>x</script>",
            "http://files.example/crack.jpg", "file:photo-1", "ftp://files.example/a", "vbscript:x"})
    void atFiling_aReferenceOfAnotherScheme_isRefused(String reference) {
        assertInvalid(as("buyer-1").post("/api/complaints", aComplaintRequest().with("evidence", twoItems(reference))),
                FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "http://files.example/waybill.jpg"})
    void inTheSellersResponse_aReferenceOfAnotherScheme_isRefused(String reference) {
        String id = journey().filed();

        assertInvalid(as("seller-1").post(path(id, "/seller-response"),
                aSellerResponse().with("evidence", twoItems(reference))), FIELD);
        assertThat(eventTypes(id)).containsExactly("ComplaintFiled");
    }

    @ParameterizedTest
    @ValueSource(strings = {"data:image/png;base64,iVBORw0KGgo=", "http://files.example/chat.png"})
    void addingEvidence_withAReferenceOfAnotherScheme_isRefused(String reference) {
        String id = journey().filed();

        assertInvalid(as("buyer-1").post(path(id, "/evidence"), JsonBody.json().with("evidence", twoItems(reference))),
                FIELD);
        assertThat(eventTypes(id)).containsExactly("ComplaintFiled");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:x", "http://files.example/receipt.jpg"})
    void anExceptionalWithdrawalsNewEvidence_withAReferenceOfAnotherScheme_isRefused(String reference) {
        String id = journey().ruledBy("arbiter-1");

        assertInvalid(as("buyer-1").post(path(id, "/withdrawal"),
                aWithdrawal("MISUNDERSTANDING").with("evidence", twoItems(reference))), FIELD);
        assertThat(eventTypes(id)).doesNotContain("WithdrawalRequested");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://files.example/破损.jpg", "photo-2025-0001.jpg", "att:2025:0001"})
    void httpsUrlsAndStoredFileIds_areAccepted(String reference) {
        String id = journey().filed(aComplaintRequest().with("evidence", twoItems(reference)));

        expect(202, as("buyer-1").post(path(id, "/evidence"), JsonBody.json().with("evidence", twoItems(reference))));
    }

    /** A good item first, so that the refusal names the second one. */
    private static List<JsonBody> twoItems(String reference) {
        return List.of(anEvidenceItem(), anEvidenceItem().with("reference", reference));
    }
}
