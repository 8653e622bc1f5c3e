package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.summaries.mycomplaints.MyComplaintsProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ruling and its reconsideration in GET /api/complaints/{id} on the running service, at its clock. */
class ReconsiderationDetailHttpTest extends StoredStoryOverHttp {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReadModelTables tables;

    /** A step an hour: ruled an hour ago, its window open for days yet. */
    private static ComplaintSteps ruledAnHourAgo() {
        return aFiledComplaint("order-" + UUID.randomUUID(), ComplaintCategory.OTHER,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(4)))
                .intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1).ruledBy(ARBITER_1);
    }

    @Test
    void aPendingReconsideration_isShownToTheParties_withTheOpenRuling() {
        ComplaintSteps asked = ruledAnHourAgo().reconsiderationRequestedBy(SELLER);
        store(asked);

        JsonNode detail = get("buyer-1", "/api/complaints/" + asked.id()).getBody();

        assertThat(detail.get("ruling").get("final").asBoolean()).isFalse();
        assertThat(detail.get("ruling").get("revised").asBoolean()).isFalse();
        assertThat(detail.get("ruling").get("ruledBy").isNull()).isTrue();
        JsonNode reconsideration = detail.get("reconsideration");
        assertThat(reconsideration.get("requestedBy").toString()).isEqualTo("{\"role\":\"SELLER\",\"id\":\"seller-1\"}");
        assertThat(reconsideration.get("statement").asText()).isEqualTo("物流记录证明签收前已损坏");
        assertThat(reconsideration.get("evidence")).hasSize(1);
        assertThat(reconsideration.get("decision").isNull()).isTrue();
        assertThat(detail.get("timeline").get(asked.messages().size() - 1).get("type").asText())
                .isEqualTo("ReconsiderationRequested");
    }

    @Test
    void aRulingWhoseStoredFactsPredateReconsideration_readsAsFinal_andTheListsToo_neverAFailure() throws Exception {
        ComplaintSteps ruled = ruledAnHourAgo();
        store(ruled);
        // both read models have the ruling, with its window: open
        assertThat(get("buyer-1", "/api/complaints/" + ruled.id()).getBody().get("ruling").get("final").asBoolean())
                .isFalse();
        assertThat(listedFor("buyer-1", ruled).get("nextDeadline").get("kind").asText()).isEqualTo("RECONSIDERATION");

        FactsBeforeReconsideration.restore(jdbc, active(ComplaintDetailProjection.GROUP, DetailTables.FACTS), ruled.id());
        FactsBeforeReconsideration.restoreCase(jdbc, active(ComplaintDetailProjection.GROUP, CaseRows.TABLE), ruled.id());
        FactsBeforeReconsideration.restore(jdbc, active(MyComplaintsProjection.GROUP, "my_complaints"), ruled.id());

        ResponseEntity<JsonNode> detail = get("buyer-1", "/api/complaints/" + ruled.id());
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody().get("ruling").get("final").asBoolean()).isTrue();
        assertThat(detail.getBody().get("ruling").get("reconsiderationDueBy").isNull()).isTrue();
        assertThat(detail.getBody().get("availableActions").toString()).isEqualTo("[\"WITHDRAW\"]");
        JsonNode listed = listedFor("buyer-1", ruled);
        assertThat(listed.get("nextDeadline").isNull()).isTrue();
        assertThat(listed.get("availableActions").toString()).isEqualTo("[\"WITHDRAW\"]");
    }

    private String active(String readModel, String table) {
        return tables.state(readModel).active().table(table);
    }

    /** My Complaints, newest filing first, page by page: the tests share one store. */
    private JsonNode listedFor(String buyer, ComplaintSteps complaint) {
        for (int page = 0; ; page++) {
            ResponseEntity<JsonNode> list = get(buyer, "/api/my/complaints?size=100&page=" + page);
            assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode items = list.getBody().get("items");
            if (items.isEmpty()) {
                throw new AssertionError(complaint.id() + " is not in " + buyer + "'s list");
            }
            for (JsonNode item : items) {
                if (item.get("complaintId").asText().equals(complaint.id().value())) {
                    return item;
                }
            }
        }
    }
}
