package org.marketplace.complaints.query.ops.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Another instance that keeps claiming a segment (here one that renews its claim in the token table and never
 * stops) blocks a rebuild: after the bound the operator gets 503 REBUILD_BLOCKED naming it, nothing was changed,
 * and the processor runs again here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.query.rebuild.claims-release-timeout=PT2S")
class RebuildBlockedTest {

    private static final String PROCESSOR = "my-complaints";
    private static final String OTHER = "instance-that-never-lets-go";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReadModelTables tables;

    @Test
    void aSegmentAnotherInstanceKeepsClaiming_blocksTheRebuild_with503_andChangesNothing() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM TokenEntry WHERE processorName = ?", Integer.class, PROCESSOR) == 4);
        TableSet activeBefore = tables.state(PROCESSOR).active();
        ScheduledExecutorService other = Executors.newSingleThreadScheduledExecutor();
        try {
            other.scheduleAtFixedRate(this::claimSegmentThree, 0, 300, TimeUnit.MILLISECONDS);

            ResponseEntity<JsonNode> answer = http.withBasicAuth("operator-1", "demo")
                    .postForEntity("/api/ops/processors/" + PROCESSOR + "/rebuild", null, JsonNode.class);

            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getBody().path("code").asText()).isEqualTo("REBUILD_BLOCKED");
            assertThat(answer.getBody().path("claimedBy")).extracting(JsonNode::asText).containsExactly(OTHER);
        } finally {
            other.shutdownNow();
        }
        assertThat(tables.state(PROCESSOR).rebuilding()).isFalse();
        assertThat(tables.state(PROCESSOR).active()).isEqualTo(activeBefore);
        JsonNode status = http.withBasicAuth("operator-1", "demo").getForObject("/api/ops/processors", JsonNode.class);
        for (JsonNode processor : status) {
            if (PROCESSOR.equals(processor.path("name").asText())) {
                assertThat(processor.path("state").asText()).isEqualTo("RUNNING");
            }
        }
    }

    /** As the other instance's token store renews its claim: owner and the time of the claim. */
    private void claimSegmentThree() {
        jdbc.update("UPDATE TokenEntry SET owner = ?, timestamp = ? WHERE processorName = ? AND segment = 3",
                OTHER, DateTimeUtils.formatInstant(Instant.now()), PROCESSOR);
    }
}
