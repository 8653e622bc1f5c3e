package org.marketplace.complaints.query.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.marketplace.complaints.query.detail.ComplaintSteps;
import org.marketplace.complaints.query.freshness.ProjectionFreshness;
import org.marketplace.complaints.query.ops.OpsStories;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.marketplace.complaints.query.testdb.TestDatabases;
import org.marketplace.complaints.query.tokens.StoredTokens;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two query-service instances on one database, as two Spring contexts in this JVM with their own node ids and
 * ports: they share each processor's four segments two and two, either answers read-your-writes, a rebuild asked
 * of one goes through on both, every event is projected once, and when one stops the other takes all segments.
 * The steps build on one another, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    static final List<String> READ_MODELS = List.of("my-complaints", "shop-complaints", "arbitration-queue",
            "complaint-detail");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private QueryInstance a;
    private QueryInstance b;

    @BeforeAll
    void startTwoInstances() {
        String database = TestDatabases.migratedUrl();
        a = QueryInstance.start(database, "node-a");
        b = QueryInstance.start(database, "node-b");
    }

    @AfterAll
    void stop() {
        b.close();
        a.close();
    }

    @Test
    @Order(1)
    void theSegments_areSharedTwoAndTwo() {
        await().atMost(PATIENCE).untilAsserted(() -> READ_MODELS.forEach(processor -> {
            assertThat(a.claimed(processor)).as(processor + " on a").isEqualTo(2);
            assertThat(b.claimed(processor)).as(processor + " on b").isEqualTo(2);
        }));

        JsonNode detail = a.processor("complaint-detail");
        assertThat(detail.path("segments").path("claimed").asInt()).isEqualTo(4);
        assertThat(detail.path("segments").path("total").asInt()).isEqualTo(4);
        assertThat(detail.path("instances")).extracting(JsonNode::asText).containsExactly("node-a", "node-b");
        assertThat(detail.path("segments").path("bySegment")).extracting(segment -> segment.path("owner").asText())
                .containsOnly("node-a", "node-b").filteredOn("node-a"::equals).hasSize(2);
        assertThat(detail.path("thisInstance").path("nodeId").asText()).isEqualTo("node-a");
        assertThat(detail.path("thisInstance").path("claimedSegments").asInt()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void aWriteIsReadBack_fromEitherInstance_withoutWaitingForTheOtherInstancesTokens() {
        int answeredAheadOfTheOthersTokens = 0;
        for (int i = 0; i < 10; i++) {
            ComplaintSteps complaint = OpsStories.aNegotiatedComplaint();
            long position = store(complaint);
            QueryInstance reader = i % 2 == 0 ? b : a;
            QueryInstance other = reader == a ? b : a;

            for (String readModel : READ_MODELS) {
                reader.bean(ProjectionFreshness.class).awaitProcessed(readModel, position);
                if (storedBefore(other, readModel, position)) {
                    answeredAheadOfTheOthersTokens++;
                }
            }
            assertThat(lastSequence(complaint)).isEqualTo(complaint.messages().size() - 1);
            ResponseEntity<JsonNode> detail = reader.as("arbiter-1").exchange("/api/complaints/" + complaint.id().value(),
                    HttpMethod.GET, new HttpEntity<>(minPosition(position)), JsonNode.class);
            assertThat(detail.getStatusCode().value()).isEqualTo(200);
        }
        // a complaint's events are all on one segment, so at every read the other instance has a segment without
        // events of it, whose token it stores only when it extends its claim (every 5 s): the waits ended while such
        // a stored token was still before the position, i.e. they did not wait for it (each read races one claim
        // extension, so this asks it of one read of the forty, not of each)
        assertThat(answeredAheadOfTheOthersTokens).as("reads answered while a token of the other instance was behind")
                .isPositive();
    }

    @Test
    @Order(3)
    void everyEvent_isProjectedOnce_byOneOfTheInstances() {
        long events = eventCount();
        awaitProjected(events);

        assertThat(eventsHandled(a, "complaint-detail") + eventsHandled(b, "complaint-detail")).isEqualTo(events);
        assertThat(eventsHandled(a, "complaint-detail")).isPositive();
        assertThat(eventsHandled(b, "complaint-detail")).isPositive();
        JsonNode detail = b.processor("complaint-detail");
        assertThat(detail.path("lag").asLong()).isZero();
        assertThat(detail.path("position").asLong()).isEqualTo(events);
    }

    @Test
    @Order(4)
    void aRebuildAskedOfOneInstance_goesThroughOnBoth_andSwitches() {
        ReadModelTables tables = a.bean(ReadModelTables.class);
        TableSet before = tables.state("complaint-detail").active();
        long events = eventCount();
        long handledBefore = eventsHandled(a, "complaint-detail") + eventsHandled(b, "complaint-detail");

        ResponseEntity<JsonNode> asked = b.as("operator-1").postForEntity("/api/ops/processors/complaint-detail/rebuild",
                null, JsonNode.class);

        assertThat(asked.getStatusCode().value()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> !tables.state("complaint-detail").rebuilding());
        assertThat(tables.state("complaint-detail").active()).isEqualTo(before.other());
        assertThat(lastSequences(before.other())).isEqualTo(lastSequences(before));
        // both instances run the processor again and share it again
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(a.claimed("complaint-detail")).isEqualTo(2);
            assertThat(b.claimed("complaint-detail")).isEqualTo(2);
        });
        // the replay handled every event once more, each on one instance
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                eventsHandled(a, "complaint-detail") + eventsHandled(b, "complaint-detail"))
                .isEqualTo(handledBefore + events));
        // and it goes on with new events, in the rebuilt tables
        ComplaintSteps later = OpsStories.aNegotiatedComplaint();
        long position = store(later);
        a.bean(ProjectionFreshness.class).awaitProcessed("complaint-detail", position);
        assertThat(lastSequence(later)).isEqualTo(later.messages().size() - 1);
    }

    @Test
    @Order(5)
    void whenOneInstanceStops_theOtherTakesAllSegments_andStillAnswersFresh() {
        b.close();

        await().atMost(PATIENCE).untilAsserted(() -> READ_MODELS.forEach(processor ->
                assertThat(a.claimed(processor)).as(processor).isEqualTo(4)));
        ComplaintSteps complaint = OpsStories.aNegotiatedComplaint();
        long position = store(complaint);
        for (String readModel : READ_MODELS) {
            a.bean(ProjectionFreshness.class).awaitProcessed(readModel, position);
        }
        assertThat(lastSequence(complaint)).isEqualTo(complaint.messages().size() - 1);
        JsonNode detail = a.processor("complaint-detail");
        assertThat(detail.path("instances")).extracting(JsonNode::asText).containsExactly("node-a");
        assertThat(detail.path("thisInstance").path("claimedSegments").asInt()).isEqualTo(4);
    }

    /** Stores a complaint's events through instance a, as the command side would; answers its last position. */
    private long store(ComplaintSteps complaint) {
        new OpsStories(a.bean(EventStore.class), jdbc()).store(complaint);
        return jdbc().queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, complaint.id().value());
    }

    /** Whether a segment that {@code owner} claims has a stored token before {@code position} in the token table. */
    private static boolean storedBefore(QueryInstance owner, String processor, long position) {
        return owner.bean(StoredTokens.class).of(processor).stream()
                .anyMatch(token -> owner.nodeId.equals(token.owner()) && token.position() < position);
    }

    private void awaitProjected(long position) {
        for (QueryInstance instance : List.of(a, b)) {
            for (String readModel : READ_MODELS) {
                instance.bean(ProjectionFreshness.class).awaitProcessed(readModel, position);
            }
        }
    }

    private long lastSequence(ComplaintSteps complaint) {
        TableSet active = a.bean(ReadModelTables.class).state("complaint-detail").active();
        return jdbc().queryForList("SELECT last_sequence FROM " + active.table("complaint_detail")
                + " WHERE complaint_id = ?", Long.class, complaint.id().value()).stream().findFirst().orElse(-1L);
    }

    private List<String> lastSequences(TableSet set) {
        return jdbc().queryForList("SELECT complaint_id || ':' || last_sequence FROM " + set.table("complaint_detail")
                + " ORDER BY complaint_id", String.class);
    }

    private long eventCount() {
        return jdbc().queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }

    private static long eventsHandled(QueryInstance instance, String processor) {
        return instance.processor(processor).path("thisInstance").path("eventsHandled").asLong();
    }

    private JdbcTemplate jdbc() {
        return a.bean(JdbcTemplate.class);
    }

    private static HttpHeaders minPosition(long position) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(ProjectionFreshness.HEADER, Long.toString(position));
        return headers;
    }
}
