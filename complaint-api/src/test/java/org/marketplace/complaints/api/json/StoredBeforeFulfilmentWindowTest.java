package org.marketplace.complaints.api.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.DeadlineKind;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.marketplace.complaints.api.event.SettlementAccepted;
import org.marketplace.complaints.api.fixtures.ComplaintHistories;
import org.marketplace.complaints.api.fixtures.SampleMessages;
import org.marketplace.complaints.api.rules.ComplaintFacts;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints stored before fulfilment windows existed still read: a filing without the window gets the default,
 * and an acceptance stored alone (no SettlementFulfilmentStarted after it) keeps its negotiation window.
 */
class StoredBeforeFulfilmentWindowTest {

    @Test
    void aFilingWithoutAFulfilmentWindow_readsWithTheDefault() throws Exception {
        for (ObjectMapper mapper : AxonLikeObjectMappers.all()) {
            ObjectNode stored = mapper.valueToTree(SampleMessages.events().get(0));
            ((ObjectNode) stored.get("deadlinePolicy")).remove("settlementFulfilment");

            ComplaintFiled filed = mapper.treeToValue(stored, ComplaintFiled.class);

            assertThat(filed.deadlinePolicy().settlementFulfilment()).isEqualTo(DeadlinePolicy.DEFAULT_SETTLEMENT_FULFILMENT);
        }
    }

    @Test
    void anOldStoredAcceptance_replaysWithItsNegotiationWindowStillRunning() throws Exception {
        ObjectMapper mapper = AxonLikeObjectMappers.springBootLike();
        List<ComplaintEvent> events = new ArrayList<>(ComplaintHistories.negotiatingWithOpenOffer().events());
        String stored = "{\"complaintId\":\"" + events.get(0).complaintId() + "\",\"offerId\":\"offer-1\","
                + "\"acceptedAt\":\"2025-03-01T12:00:00Z\"}";
        events.add(mapper.readValue(stored, SettlementAccepted.class));

        ComplaintFacts facts = ComplaintFacts.replay(events);

        assertThat(facts.acceptedOffer().value()).isEqualTo("offer-1");
        assertThat(facts.isSettlementAgreed()).isFalse();
        assertThat(facts.nextDeadline().kind()).isEqualTo(DeadlineKind.NEGOTIATION);
    }
}
