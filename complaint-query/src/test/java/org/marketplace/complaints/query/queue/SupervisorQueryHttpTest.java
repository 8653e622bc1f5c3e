package org.marketplace.complaints.query.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.query.detail.StoredStoryOverHttp;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The arbitration lead (lead-1) sees the queue and every case as arbitrators do, and may only reassign. */
class SupervisorQueryHttpTest extends StoredStoryOverHttp {

    @Test
    void theSupervisor_seesTheQueue_withReassignAsTheirOnlyStep() {
        JsonNode entry = queueEntryOf("lead-1", story.id().value());

        assertThat(entry.get("availableActions").toString()).isEqualTo("[\"REASSIGN\"]");
    }

    @Test
    void theSupervisor_seesEveryDetail() {
        ResponseEntity<JsonNode> detail = get("lead-1", "/api/complaints/" + story.id().value());

        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody().get("availableActions").toString()).isEqualTo("[\"REASSIGN\"]");
    }
}
