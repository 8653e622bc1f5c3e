package org.marketplace.complaints.api.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.api.event.ArbitratorAssigned;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.marketplace.complaints.api.fixtures.SampleMessages;
import org.marketplace.complaints.api.rules.ComplaintFacts;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filings stored before the assignment window was recorded with them still read, with the default window; and an
 * assignment of those days (an arbitrator handing a case on) still replays as the assignment it was.
 */
class StoredBeforeAssignmentWindowTest {

    @Test
    void aFilingWithoutAnAssignmentWindow_readsWithTheDefault() throws Exception {
        for (ObjectMapper mapper : AxonLikeObjectMappers.all()) {
            ObjectNode stored = mapper.valueToTree(SampleMessages.events().get(0));
            ((ObjectNode) stored.get("deadlinePolicy")).remove("assignment");

            ComplaintFiled filed = mapper.treeToValue(stored, ComplaintFiled.class);

            assertThat(filed.deadlinePolicy().assignment()).isEqualTo(DeadlinePolicy.DEFAULT_ASSIGNMENT);
            assertThat(filed.deadlinePolicy().evidence()).isEqualTo(Duration.ofMinutes(90));
        }
    }

    @Test
    void anOldHandOverByAnArbitrator_stillReplaysAsTheAssignment() throws Exception {
        ObjectMapper mapper = AxonLikeObjectMappers.springBootLike();
        String stored = "{\"complaintId\":\"" + SampleMessages.ID + "\",\"arbitratorId\":\"arbiter-2\","
                + "\"assignedBy\":{\"role\":\"ARBITRATOR\",\"id\":\"arbiter-1\"},\"assignedAt\":\"2025-03-01T09:00:00Z\"}";

        ArbitratorAssigned handedOver = mapper.readValue(stored, ArbitratorAssigned.class);
        ComplaintFacts facts = ComplaintFacts.replay(List.<ComplaintEvent>of(handedOver));

        assertThat(facts.assignee().value()).isEqualTo("arbiter-2");
    }
}
