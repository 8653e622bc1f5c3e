package org.marketplace.complaints.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.query.detail.ComplaintSteps;
import org.marketplace.complaints.query.detail.StoredStoryOverHttp;

/**
 * The running query service marks an unassigned intervention overdue once its assignment window has passed, with
 * no further event: the window is the one its filing recorded (here 5 s, as a command service configured with
 * complaints.deadlines.assignment=PT5S files it), compared with the service's clock at each query.
 */
class OverdueQueueHttpTest extends StoredStoryOverHttp {

    private static final Duration WINDOW = Duration.ofSeconds(5);

    @Test
    void anUnassignedIntervention_turnsOverdue_afterItsShortWindow() {
        // each step of a story is an hour after the last: filed an hour ago, intervened now
        DeadlinePolicy shortAssignment = new DeadlinePolicy(Duration.ofHours(48), Duration.ofDays(7),
                Duration.ofHours(72), WINDOW, DeadlinePolicy.DEFAULT_SETTLEMENT_FULFILMENT);
        ComplaintSteps waiting = aFiledComplaint("order-" + UUID.randomUUID(), Instant.now().minus(Duration.ofHours(1)),
                shortAssignment).intervened(SELLER_NO_RESPONSE);
        store(waiting);

        JsonNode entry = entryOf(waiting);
        assertThat(Instant.parse(entry.get("assignmentDueBy").asText())).isEqualTo(waiting.now().plus(WINDOW));
        assertThat(entry.get("overdue").asBoolean()).as("just intervened").isFalse();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(entryOf(waiting).get("overdue").asBoolean()).isTrue());
    }

    /** The newest entries come last and the tests share one store: page on until it turns up. */
    private JsonNode entryOf(ComplaintSteps complaint) {
        for (int page = 0; ; page++) {
            JsonNode items = get("arbiter-1", "/api/arbitration/queue?unassigned=true&kind=INTERVENTION&size=100&page="
                    + page).getBody().get("items");
            if (items.isEmpty()) {
                throw new AssertionError(complaint.id() + " is not in the queue");
            }
            for (JsonNode item : items) {
                if (item.get("complaintId").asText().equals(complaint.id().value())) {
                    return item;
                }
            }
        }
    }
}
