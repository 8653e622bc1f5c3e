package org.marketplace.complaints.query.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketplace.complaints.query.detail.StoredStoryOverHttp;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/arbitration/queue: for arbitrators, with its filters and paging checked as input. */
class ArbitrationQueueHttpTest extends StoredStoryOverHttp {

    @Test
    void theQueue_showsTheIntervenedComplaint_toAnArbitrator() {
        ResponseEntity<JsonNode> queue = get("arbiter-1", "/api/arbitration/queue?category=OTHER&unassigned=true");

        assertThat(queue.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode entry = queueEntryOf("arbiter-1", story.id().value());
        assertThat(entry.get("kind").asText()).isEqualTo("INTERVENTION");
        assertThat(entry.get("interventionReason").asText()).isEqualTo("REQUESTED_BY_BUYER");
        assertThat(entry.get("since").asText()).isEqualTo(story.now().toString());
        assertThat(entry.get("availableActions").toString()).isEqualTo("[\"TAKE\"]");
        assertThat(queue.getBody().get("page").asInt()).isZero();
        assertThat(queue.getBody().get("size").asInt()).isEqualTo(20);
    }

    @Test
    void aBuyer_mayNotSeeTheQueue() {
        assertProblem(get("buyer-1", "/api/arbitration/queue"), HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED");
    }

    @Test
    void withoutCredentials_theQueueAnswers401() {
        assertThat(http.getForEntity("/api/arbitration/queue", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=101", "size=ten", "kind=APPEAL", "category=BROKEN",
            "unassigned=maybe", "unassigned=true&assignee=arbiter-1"})
    void badQueueParameters_areRefused(String parameters) {
        assertProblem(get("arbiter-1", "/api/arbitration/queue?" + parameters), HttpStatus.BAD_REQUEST,
                "VALIDATION_FAILED");
    }
}
