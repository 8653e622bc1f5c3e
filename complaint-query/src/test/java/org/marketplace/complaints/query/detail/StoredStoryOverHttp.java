package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.REQUESTED_BY_BUYER;
import static org.marketplace.complaints.query.detail.ComplaintStory.FILED_AT;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.OfferType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.*;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model over HTTP, on a complaint stored through Axon's event store as the command side stores it; each
 * request waits (X-Min-Event-Position) until the read model has processed the last of its events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class StoredStoryOverHttp {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    protected TestRestTemplate http;

    // a complaint of its own per test: the tests share one event store
    protected final ComplaintSteps story = aFiledComplaint("order-" + UUID.randomUUID(), ComplaintCategory.OTHER,
            FILED_AT).settlementOffered(OfferType.PARTIAL_REFUND, 5_000L).intervened(REQUESTED_BY_BUYER);
    private String lastPosition;

    @BeforeEach
    void storeTheStory() {
        store(story);
    }

    /** Stores another complaint's events; the requests after it wait until the read models have them too. */
    protected void store(ComplaintSteps another) {
        eventStore.publish(another.messages());
        lastPosition = String.valueOf(jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class));
    }

    protected ResponseEntity<JsonNode> get(String account, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Min-Event-Position", lastPosition);
        return http.withBasicAuth(account, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
                JsonNode.class);
    }

    protected static void assertProblem(ResponseEntity<JsonNode> answer, HttpStatus status, String code) {
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("code").asText()).isEqualTo(code);
    }

    /**
     * A complaint's entry in the queue of unassigned OTHER cases, page by page: the queue is oldest first, and on a
     * database that other test classes filled (PostgreSQL's run shares one) it need not be on the first page.
     */
    protected JsonNode queueEntryOf(String account, String complaintId) {
        for (int page = 0; ; page++) {
            ResponseEntity<JsonNode> queue = get(account, "/api/arbitration/queue?category=OTHER&unassigned=true&size=100&page=" + page);
            assertThat(queue.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode items = queue.getBody().get("items");
            assertThat(items.isEmpty()).as("the complaint is in %s's queue", account).isFalse();
            for (JsonNode item : items) {
                if (item.get("complaintId").asText().equals(complaintId)) {
                    return item;
                }
            }
        }
    }
}
