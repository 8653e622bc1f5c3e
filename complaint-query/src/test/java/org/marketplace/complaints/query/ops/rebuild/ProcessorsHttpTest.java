package org.marketplace.complaints.query.ops.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** GET /api/ops/processors and POST …/rebuild over HTTP, as an operator and as anyone else. */
class ProcessorsHttpTest extends GeneratedHistoryTestBase {

    private static final String SHOP = "shop-complaints";

    @Autowired
    TestRestTemplate http;

    @Test
    void duringARebuild_theLiveProcessorHasNoLag_andTheRebuildShowsProgress_andOnceCaughtUpNoReplay_withoutNewTraffic() {
        awaitHandedOver(SHOP);
        String activeBefore = processor(SHOP).path("activeTables").asText();
        assertThat(rebuild(SHOP).getStatusCode().value()).isEqualTo(202);
        List<JsonNode> seen = new ArrayList<>();
        while (tables.state(SHOP).rebuilding()) {
            seen.add(processor(SHOP));
        }
        awaitProjected(SHOP);

        assertThat(seen).anySatisfy(status -> {
            assertThat(status.path("replaying").asBoolean()).isTrue();
            assertThat(status.path("lag").asLong()).as("the live list keeps up").isZero();
            assertThat(status.path("progress").asDouble()).isBetween(0.01, 0.99);
            assertThat(status.path("rebuild").path("into").asText()).isNotEqualTo(activeBefore);
            assertThat(status.path("activeTables").asText()).isEqualTo(activeBefore);
        });
        JsonNode switched = processor(SHOP);
        assertThat(switched.path("lag").asLong()).isZero();
        assertThat(switched.path("rebuild").isNull()).isTrue();
        // no new event has come: the rebuild is over all the same, the operator is not kept waiting for the next command
        assertThat(switched.path("replaying").asBoolean()).isFalse();
        assertThat(switched.path("progress").isNull()).isTrue();
        assertThat(switched.path("activeTables").asText()).isNotEqualTo(activeBefore);
        int next = nextComplaint();
        append(next, next + 1);
        awaitProjected(SHOP);
        JsonNode after = processor(SHOP);
        assertThat(after.path("lag").asLong()).isZero();
        assertThat(after.path("replaying").asBoolean()).isFalse();
        assertThat(after.path("progress").isNull()).isTrue();
        assertThat(after.path("activeTables").asText()).isNotEqualTo(activeBefore);
        assertThat(after.path("state").asText()).isEqualTo("RUNNING");
        assertThat(after.path("segments").path("claimed").asInt())
                .isEqualTo(after.path("segments").path("total").asInt());
    }

    @Test
    void aSecondRebuildWhileOneRuns_isRefusedWithRebuildInProgress() {
        awaitHandedOver("complaint-detail");
        rebuild("complaint-detail");

        ResponseEntity<JsonNode> again = rebuild("complaint-detail");

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().path("code").asText()).isEqualTo("REBUILD_IN_PROGRESS");
        awaitSwitched("complaint-detail");
    }

    @Test
    void aRebuildWhileTheInactiveTablesProcessorStillHoldsASegment_isRefusedWithRebuildInProgress() {
        awaitHandedOver(SHOP);
        String inactive = tables.state(SHOP).buildingProcessor();
        // as just after a switch, before the processor that was live has let go
        jdbc.update("UPDATE TokenEntry SET owner = 'instance-just-switched', timestamp = ? WHERE processorName = ? "
                + "AND segment = 0", DateTimeUtils.formatInstant(Instant.now()), inactive);
        try {
            ResponseEntity<JsonNode> refused = rebuild(SHOP);

            assertThat(refused.getStatusCode().value()).isEqualTo(409);
            assertThat(refused.getBody().path("code").asText()).isEqualTo("REBUILD_IN_PROGRESS");
            assertThat(refused.getBody().path("detail").asText()).contains("instance-just-switched");
            assertThat(tables.state(SHOP).rebuilding()).isFalse();
        } finally {
            jdbc.update("UPDATE TokenEntry SET owner = NULL WHERE processorName = ? AND owner = 'instance-just-switched'",
                    inactive);
        }
    }

    @Test
    void anUnknownProcessor_isNotFound() {
        ResponseEntity<JsonNode> answer = rebuild("no-such");

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().path("code").asText()).isEqualTo("PROCESSOR_NOT_FOUND");
    }

    @Test
    void withoutCredentials_theOperationsAnswer401() {
        assertThat(http.getForEntity("/api/ops/processors", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.postForEntity("/api/ops/processors/my-complaints/rebuild", null, String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void toAnyoneButAnOperator_theOperationsAnswer403() {
        for (String user : List.of("buyer-1", "seller-1", "arbiter-1", "auditor-1")) {
            TestRestTemplate as = http.withBasicAuth(user, "demo");
            assertThat(as.getForEntity("/api/ops/processors", String.class).getStatusCode().value()).isEqualTo(403);
            assertThat(as.postForEntity("/api/ops/processors/my-complaints/rebuild", null, String.class)
                    .getStatusCode().value()).isEqualTo(403);
        }
        assertThat(tables.state("my-complaints").rebuilding()).isFalse();
    }

    private TestRestTemplate operator() {
        return http.withBasicAuth("operator-1", "demo");
    }

    private ResponseEntity<JsonNode> rebuild(String processor) {
        return operator().postForEntity("/api/ops/processors/" + processor + "/rebuild", null, JsonNode.class);
    }

    private JsonNode processor(String name) {
        JsonNode all = operator().getForObject("/api/ops/processors", JsonNode.class);
        return StreamSupport.stream(all.spliterator(), false).filter(p -> p.path("name").asText().equals(name))
                .findFirst().orElseThrow();
    }
}
