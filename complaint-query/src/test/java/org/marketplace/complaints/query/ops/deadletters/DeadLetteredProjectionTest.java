package org.marketplace.complaints.query.ops.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.query.ops.OpsStories.aNegotiatedComplaint;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.query.detail.ComplaintSteps;
import org.marketplace.complaints.query.ops.OpsStories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * My Complaints fails on one complaint's event, for real: its stored row is made unreadable, so the projection's
 * fold throws. The other complaints go on; the failed one waits in the dead-letter queue with its later events
 * behind it; once the row is repaired, a retry applies them all, in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadLetteredProjectionTest {

    private static final String TABLE = "my_complaints";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    DeadLetters deadLetters;

    OpsStories stories;
    final ComplaintSteps failing = aNegotiatedComplaint();
    final List<ComplaintSteps> others = List.of(aNegotiatedComplaint(), aNegotiatedComplaint());
    String goodFacts;

    @BeforeEach
    void breakTheFailingComplaintsRowAfterItsFiling() {
        stories = new OpsStories(eventStore, jdbc);
        stories.store(failing.messages().subList(0, 1));
        await().atMost(PATIENCE).until(() -> stories.lastSequence(TABLE, failing) == 0);
        goodFacts = facts(failing);
        jdbc.update("UPDATE " + TABLE + " SET facts = 'not json' WHERE complaint_id = ?", failing.id().value());

        stories.store(failing.messages().subList(1, failing.messages().size()));
        others.forEach(stories::store);
        await().atMost(PATIENCE).until(() -> others.stream()
                .allMatch(other -> stories.lastSequence(TABLE, other) == stories.lastStoredSequence(other)));
        await().atMost(PATIENCE).until(() -> deadLetters.of("my-complaints").letterCount()
                == failing.messages().size() - 1);
    }

    @Test
    void theFailedComplaint_isListedWithTheError_andItsLaterEventsBehindIt() {
        JsonNode myComplaints = processor(get("/api/ops/dead-letters").getBody(), "my-complaints");

        JsonNode sequence = sequenceOf(myComplaints, failing);
        JsonNode first = sequence.get("letters").get(0);
        assertThat(first.get("eventType").asText()).isEqualTo("SettlementOffered");
        assertThat(first.get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(first.get("globalPosition").isNumber()).isTrue();
        assertThat(first.get("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(first.get("causeMessage").asText()).contains("not readable complaint facts");
        assertThat(first.get("enqueuedAt").isTextual()).isTrue();
        assertThat(first.get("retries").asInt()).isZero();
        assertThat(sequence.get("letters").findValues("sequenceNumber")).extracting(JsonNode::asLong)
                .containsExactly(LongStream.range(1, failing.messages().size()).boxed().toArray(Long[]::new));
        // the other read models did not fail
        assertThat(processor(get("/api/ops/dead-letters").getBody(), "shop-complaints").get("letterCount").asLong()).isZero();
    }

    @Test
    void aRetryAfterTheFix_appliesTheFailedEventAndThoseAfterIt_inOrder() {
        jdbc.update("UPDATE " + TABLE + " SET facts = ? WHERE complaint_id = ?", goodFacts, failing.id().value());

        ResponseEntity<JsonNode> retried = post("/api/ops/dead-letters/my-complaints/retry");

        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody().get("processed").findValues("sequenceNumber")).extracting(JsonNode::asLong)
                .containsExactly(LongStream.range(1, failing.messages().size()).boxed().toArray(Long[]::new));
        assertThat(retried.getBody().get("remaining").get("letterCount").asLong()).isZero();
        // the same row as a read model that never failed: the shop's list folds the same facts
        assertThat(stories.lastSequence(TABLE, failing)).isEqualTo(stories.lastStoredSequence(failing));
        assertThat(facts(failing)).isEqualTo(jdbc.queryForObject(
                "SELECT facts FROM shop_complaints WHERE complaint_id = ?", String.class, failing.id().value()));
        assertThat(deadLetters.of("my-complaints").letterCount()).isZero();
    }

    @Test
    void aRetryBeforeTheFix_keepsEveryLetter_andCountsTheRetry() {
        ResponseEntity<JsonNode> retried = post("/api/ops/dead-letters/my-complaints/retry");

        assertThat(retried.getBody().get("processed")).isEmpty();
        JsonNode first = sequenceOf(retried.getBody().get("remaining"), failing).get("letters").get(0);
        assertThat(first.get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(first.get("retries").asInt()).isEqualTo(1);
        assertThat(sequenceOf(retried.getBody().get("remaining"), failing).get("letters"))
                .hasSize(failing.messages().size() - 1);
    }

    @Test
    void aRetryOfAnUnknownProcessor_isNotFound() {
        ResponseEntity<JsonNode> retried = post("/api/ops/dead-letters/no-such-processor/retry");

        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(retried.getBody().get("code").asText()).isEqualTo("PROCESSOR_NOT_FOUND");
    }

    @Test
    void onlyOperators_seeTheDeadLetters() {
        assertThat(http.withBasicAuth("buyer-1", "demo").getForEntity("/api/ops/dead-letters", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("auditor-1", "demo").postForEntity("/api/ops/dead-letters/my-complaints/retry",
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** The tests of a context share its queue: each leaves it empty. */
    @AfterEach
    void repairAndRetry() {
        jdbc.update("UPDATE " + TABLE + " SET facts = ? WHERE complaint_id = ?", goodFacts, failing.id().value());
        assertThat(deadLetters.retry("my-complaints").remaining().letterCount()).isZero();
    }

    private String facts(ComplaintSteps complaint) {
        return jdbc.queryForObject("SELECT facts FROM " + TABLE + " WHERE complaint_id = ?", String.class,
                complaint.id().value());
    }

    private ResponseEntity<JsonNode> get(String path) {
        return http.withBasicAuth("operator-1", "demo").getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path) {
        return http.withBasicAuth("operator-1", "demo").postForEntity(path, null, JsonNode.class);
    }

    private static JsonNode processor(JsonNode list, String name) {
        for (JsonNode processor : list) {
            if (processor.get("processor").asText().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + name + " in " + list);
    }

    private static JsonNode sequenceOf(JsonNode processor, ComplaintSteps complaint) {
        for (JsonNode sequence : processor.get("sequences")) {
            if (sequence.get("complaintId").asText().equals(complaint.id().value())) {
                return sequence;
            }
        }
        throw new AssertionError("no dead letters of " + complaint.id() + " in " + processor);
    }
}
