package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/complaints/{id}: the parties and staff see it, anyone else finds nothing. */
class ComplaintDetailHttpTest extends StoredStoryOverHttp {

    @ParameterizedTest
    @ValueSource(strings = {"buyer-1", "seller-1", "arbiter-1", "auditor-1"})
    void theDetail_isShownToItsPartiesAndToStaff(String caller) {
        ResponseEntity<JsonNode> detail = get(caller, "/api/complaints/" + story.id());

        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the summary's fields stand at the top level, beside the story
        assertThat(detail.getBody().get("complaintId").asText()).isEqualTo(story.id().value());
        assertThat(detail.getBody().get("state").asText()).isEqualTo("PLATFORM_INTERVENED");
        assertThat(detail.getBody().get("timeline")).hasSize(story.messages().size());
        assertThat(detail.getBody().get("timeline").get(0).get("actor").get("role").asText()).isEqualTo("BUYER");
        assertThat(detail.getBody().get("timeline").get(0).get("actor").get("id").asText()).isEqualTo("buyer-1");
        assertThat(detail.getBody().get("timeline").get(0).get("data").get("evidenceCount").asInt()).isEqualTo(1);
        // through the HTTP JSON and back, character for character
        assertThat(detail.getBody().get("description").asText()).isEqualTo(ComplaintStory.DESCRIPTION);
        assertThat(detail.getBody().get("interventions").get(0).get("note").asText()).isEqualTo("请平台介入");
        // not ruled, so nothing to reconsider, but the field is there
        assertThat(detail.getBody().has("reconsideration")).isTrue();
        assertThat(detail.getBody().get("reconsideration").isNull()).isTrue();
        assertThat(detail.getBody().get("evidence")).hasSize(1);
        assertThat(detail.getBody().get("offers").get(0).get("status").asText()).isEqualTo("OPEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"buyer-2", "seller-2"})
    void anotherBuyerOrSeller_findsNoSuchComplaint(String stranger) {
        assertProblem(get(stranger, "/api/complaints/" + story.id()), HttpStatus.NOT_FOUND, "COMPLAINT_NOT_FOUND");
    }

    @Test
    void anUnknownComplaint_isNotFound() {
        assertProblem(get("auditor-1", "/api/complaints/" + UUID.randomUUID()), HttpStatus.NOT_FOUND,
                "COMPLAINT_NOT_FOUND");
    }

    @Test
    void aComplaintIdThatIsNoUuid_isBadInput() {
        assertProblem(get("buyer-1", "/api/complaints/not-a-uuid"), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    }

    @Test
    void withoutCredentials_theDetailAnswers401() {
        assertThat(http.getForEntity("/api/complaints/" + story.id(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
