package org.marketplace.complaints.query.ops.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.query.ops.OpsStories.aNegotiatedComplaint;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * The read models against the event store. A complaint a projection skipped is simulated in the database:
 * its row's last_sequence lowered (what a slow-committing writer leaves behind), or its row deleted.
 * The check covers the whole store: a context (a database) of its own, which each test leaves consistent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:reconciliation-${random.uuid};DB_CLOSE_DELAY=-1")
class ReconciliationTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    Reconciliation reconciliation;

    /** What a test changed in a read model, undone after it. */
    final List<String> undo = new ArrayList<>();
    final List<ComplaintSteps> complaints = List.of(aNegotiatedComplaint(), aNegotiatedComplaint(),
            aNegotiatedComplaint());

    @BeforeEach
    void storeComplaintsAndLetEveryReadModelCatchUp() {
        OpsStories stories = new OpsStories(eventStore, jdbc);
        complaints.forEach(stories::store);
        await().atMost(Duration.ofSeconds(30)).until(() -> reconciliation.run().stream().allMatch(model ->
                model.position() != null && model.position() == model.head() && model.missingCount() == 0));
    }

    @AfterEach
    void undoTheSimulatedSkips() {
        undo.forEach(jdbc::update);
    }

    @Test
    void consistentReadModels_holdEveryComplaint_andMissNone() {
        assertThat(reconciliation.run()).extracting(ReadModelReconciliation::readModel)
                .containsExactly("my-complaints", "shop-complaints", "arbitration-queue", "complaint-detail");
        assertThat(reconciliation.run()).allSatisfy(model -> {
            assertThat(model.complaints()).isEqualTo(model.storeComplaints()).isGreaterThanOrEqualTo(3);
            assertThat(model.position()).isEqualTo(model.head());
            assertThat(model.missing()).isEmpty();
        });
    }

    @Test
    void aRowBehindTheStore_isReportedWithBothSequences() {
        ComplaintSteps skipped = complaints.get(1);
        String id = skipped.id().value();
        jdbc.update("UPDATE complaint_detail SET last_sequence = last_sequence - 1 WHERE complaint_id = ?", id);
        undo.add("UPDATE complaint_detail SET last_sequence = last_sequence + 1 WHERE complaint_id = '" + id + "'");

        ReadModelReconciliation detail = of("complaint-detail");

        long stored = skipped.messages().size() - 1;
        assertThat(detail.missing()).containsExactly(new MissingComplaint(skipped.id().value(), stored - 1, stored));
        assertThat(of("my-complaints").missing()).isEmpty();
    }

    @Test
    void aComplaintWithoutARow_isReportedAsNeverApplied() {
        ComplaintSteps lost = complaints.get(2);
        String id = lost.id().value();
        // out of the way rather than deleted, so that it can be put back
        jdbc.update("UPDATE arbitration_queue_facts SET complaint_id = 'lost-' || complaint_id WHERE complaint_id = ?", id);
        undo.add("UPDATE arbitration_queue_facts SET complaint_id = '" + id + "' WHERE complaint_id = 'lost-" + id + "'");

        ReadModelReconciliation queue = of("arbitration-queue");

        assertThat(queue.missing()).containsExactly(new MissingComplaint(lost.id().value(), null,
                lost.messages().size() - 1));
    }

    @Test
    void duringARebuild_theTablesQueriesRead_areCheckedAtTheLiveProcessorsPosition() {
        ComplaintSteps first = complaints.get(0);
        String id = first.id().value();
        // a rebuild as the registry records it, aimed past any head, so that it is not switched in meanwhile
        jdbc.update("UPDATE read_model_tables SET rebuilding = TRUE, target_position = ? "
                + "WHERE read_model = 'complaint-detail'", Long.MAX_VALUE);
        undo.add("UPDATE read_model_tables SET rebuilding = FALSE, target_position = NULL "
                + "WHERE read_model = 'complaint-detail'");
        jdbc.update("UPDATE complaint_detail SET last_sequence = last_sequence - 1 WHERE complaint_id = ?", id);
        undo.add("UPDATE complaint_detail SET last_sequence = last_sequence + 1 WHERE complaint_id = '" + id + "'");

        ReadModelReconciliation detail = of("complaint-detail");

        assertThat(detail.position()).isEqualTo(detail.head());
        assertThat(detail.complaints()).isEqualTo(detail.storeComplaints());
        long stored = first.messages().size() - 1;
        assertThat(detail.missing()).containsExactly(new MissingComplaint(id, stored - 1, stored));
    }

    @Test
    void operators_reconcileOverHttp() {
        ResponseEntity<JsonNode> answer = http.withBasicAuth("operator-1", "demo")
                .getForEntity("/api/ops/reconciliation", JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).hasSize(4);
        JsonNode first = answer.getBody().get(0);
        assertThat(first.get("readModel").asText()).isEqualTo("my-complaints");
        assertThat(first.get("complaints").asLong()).isEqualTo(first.get("storeComplaints").asLong());
        assertThat(first.get("position").asLong()).isEqualTo(first.get("head").asLong());
        assertThat(first.get("missing")).isEmpty();
        assertThat(http.withBasicAuth("arbiter-1", "demo").getForEntity("/api/ops/reconciliation", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ReadModelReconciliation of(String readModel) {
        return reconciliation.run().stream().filter(model -> model.readModel().equals(readModel)).findFirst()
                .orElseThrow();
    }
}
