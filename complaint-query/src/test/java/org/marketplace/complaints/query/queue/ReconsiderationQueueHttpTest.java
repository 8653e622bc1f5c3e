package org.marketplace.complaints.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.ARBITER_2;
import static org.marketplace.complaints.query.detail.Parties.BUYER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.query.detail.ComplaintSteps;
import org.marketplace.complaints.query.detail.StoredStoryOverHttp;
import org.springframework.http.HttpStatus;

/** GET /api/arbitration/queue?kind=RECONSIDERATION on the running service, asked at the service's clock. */
class ReconsiderationQueueHttpTest extends StoredStoryOverHttp {

    @Test
    void aReconsiderationRequest_isListedUnderItsKind_withItsAssignmentWindow_andTheStepsOfWhoAsks() {
        // a step an hour: ruled by arbiter-2 two hours ago, asked an hour ago, so well within both windows
        ComplaintSteps asked = aFiledComplaint("order-" + UUID.randomUUID(), ComplaintCategory.OTHER,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(5)))
                .intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_2).ruledBy(ARBITER_2).reconsiderationRequestedBy(BUYER);
        store(asked);

        JsonNode entry = entryOf("arbiter-1", asked);
        assertThat(entry.get("kind").asText()).isEqualTo("RECONSIDERATION");
        assertThat(entry.get("state").asText()).isEqualTo("RULED");
        assertThat(Instant.parse(entry.get("since").asText())).isEqualTo(asked.now());
        assertThat(Instant.parse(entry.get("assignmentDueBy").asText()))
                .isEqualTo(asked.now().plus(DeadlinePolicy.DEFAULT_ASSIGNMENT));
        assertThat(entry.get("overdue").asBoolean()).isFalse();
        assertThat(entry.get("availableActions").toString()).isEqualTo("[\"TAKE\"]");
        assertThat(entryOf("arbiter-2", asked).get("availableActions").toString())
                .as("the arbitrator who ruled does not reconsider").isEqualTo("[]");
        assertThat(entryOf("lead-1", asked).get("availableActions").toString()).isEqualTo("[\"REASSIGN\"]");
    }

    @Test
    void anUnknownKind_isStillBadInput() {
        assertProblem(get("arbiter-1", "/api/arbitration/queue?kind=APPEAL"), HttpStatus.BAD_REQUEST,
                "VALIDATION_FAILED");
    }

    /** The tests share one store: page on until it turns up. */
    private JsonNode entryOf(String account, ComplaintSteps complaint) {
        for (int page = 0; ; page++) {
            JsonNode items = get(account, "/api/arbitration/queue?kind=RECONSIDERATION&size=100&page=" + page)
                    .getBody().get("items");
            if (items.isEmpty()) {
                throw new AssertionError(complaint.id() + " is not in the queue");
            }
            for (JsonNode item : items) {
                assertThat(item.get("kind").asText()).isEqualTo("RECONSIDERATION");
                if (item.get("complaintId").asText().equals(complaint.id().value())) {
                    return item;
                }
            }
        }
    }
}
