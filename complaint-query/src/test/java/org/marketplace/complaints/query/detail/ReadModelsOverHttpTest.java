package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.REQUESTED_BY_BUYER;
import static org.marketplace.complaints.query.detail.ComplaintStory.FILED_AT;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.OfferType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queue and the detail over HTTP, on events stored through Axon's event store as the command side stores
 * them; each request waits (X-Min-Event-Position) until its read model has processed the last of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadModelsOverHttpTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

    // a complaint of its own per test: the tests of this class share one event store
    private final ComplaintSteps story = aFiledComplaint("order-" + UUID.randomUUID(), ComplaintCategory.OTHER, FILED_AT)
            .settlementOffered(OfferType.PARTIAL_REFUND, 5_000L).intervened(REQUESTED_BY_BUYER);
    private String lastPosition;

    @BeforeEach
    void storeTheStory() {
        eventStore.publish(story.messages());
        lastPosition = String.valueOf(jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class));
    }

    @Test
    void theQueue_showsTheIntervenedComplaint_toAnArbitrator() {
        ResponseEntity<JsonNode> queue = get("arbiter-1", "/api/arbitration/queue?category=OTHER&unassigned=true");

        assertThat(queue.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode entry = queue.getBody().get("items").findParents("complaintId").stream()
                .filter(item -> item.get("complaintId").asText().equals(story.id().value())).findFirst().orElseThrow();
        assertThat(entry.get("kind").asText()).isEqualTo("INTERVENTION");
        assertThat(entry.get("interventionReason").asText()).isEqualTo("REQUESTED_BY_BUYER");
        assertThat(entry.get("since").asText()).isEqualTo(story.now().toString());
        assertThat(entry.get("availableActions").toString()).isEqualTo("[\"ASSIGN\"]");
        assertThat(queue.getBody().get("size").asInt()).isEqualTo(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"buyer-1", "seller-1", "arbiter-1", "auditor-1"})
    void theDetail_isShownToItsPartiesAndToStaff(String caller) {
        ResponseEntity<JsonNode> detail = get(caller, "/api/complaints/" + story.id());

        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the summary's fields stand at the top level, beside the story
        assertThat(detail.getBody().get("complaintId").asText()).isEqualTo(story.id().value());
        assertThat(detail.getBody().get("state").asText()).isEqualTo("PLATFORM_INTERVENED");
        assertThat(detail.getBody().get("timeline")).hasSize(story.messages().size());
        assertThat(detail.getBody().get("timeline").get(0).get("actor").asText()).isEqualTo("BUYER:buyer-1");
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

    @ParameterizedTest
    @ValueSource(strings = {"/api/arbitration/queue", "/api/complaints/00000000-0000-0000-0000-000000000000"})
    void withoutCredentials_theReadModelsAnswer401(String path) {
        assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aBuyer_mayNotSeeTheQueue() {
        assertProblem(get("buyer-1", "/api/arbitration/queue"), HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=101", "size=ten", "kind=APPEAL", "category=BROKEN",
            "unassigned=maybe", "unassigned=true&assignee=arbiter-1"})
    void badQueueParameters_areRefused(String parameters) {
        assertProblem(get("arbiter-1", "/api/arbitration/queue?" + parameters), HttpStatus.BAD_REQUEST,
                "VALIDATION_FAILED");
    }

    @Test
    void aComplaintIdThatIsNoUuid_isBadInput() {
        assertProblem(get("buyer-1", "/api/complaints/not-a-uuid"), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    }

    private ResponseEntity<JsonNode> get(String account, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Min-Event-Position", lastPosition);
        return http.withBasicAuth(account, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
                JsonNode.class);
    }

    private static void assertProblem(ResponseEntity<JsonNode> answer, HttpStatus status, String code) {
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("code").asText()).isEqualTo(code);
    }
}
