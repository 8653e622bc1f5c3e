package org.marketplace.complaints.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.e2e.support.Marketplace.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Marketplace;
import org.marketplace.complaints.e2e.support.RunningSystem;

/**
 * The seller stays silent → the deadline passes → the platform intervenes → an arbitrator takes the case and
 * suggests withdrawal → the buyer follows the suggestion. Runs on a command service with a 3 s response window.
 */
@ExtendWith(RunningSystem.class)
class SellerSilenceStoryTest {

    @Test
    void aSilentSeller_bringsTheCaseToTheQueue_whereTheArbitratorsSuggestionEndsIt() throws Exception {
        Marketplace market = new Marketplace(RunningSystem.get().hastyCommandUrl("PT3S"), RunningSystem.get().queryUrl());
        Map<String, Object> complaint = new HashMap<>(Marketplace.aComplaint());
        complaint.put("category", "LATE_DELIVERY");
        String id = market.filed(complaint);

        // the deadline fires on its own: no command answer tells its position, so the queue is looked at until it shows
        JsonNode entry = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> market.queueEntry("arbiter-1", id, "kind=INTERVENTION&category=LATE_DELIVERY"),
                        Objects::nonNull);
        assertThat(entry.path("interventionReason").asText()).isEqualTo("SELLER_NO_RESPONSE");
        assertThat(entry.path("assignee").isNull()).isTrue();

        market.assigned(id, "arbiter-1");
        assertThat(market.queueEntry("arbiter-1", id, "assignee=arbiter-1").path("assignee").asText())
                .isEqualTo("arbiter-1");

        market.suggested(id, "arbiter-1");
        JsonNode summary = market.mySummary("buyer-1", id);
        assertThat(summary.path("withdrawalSuggestion").path("rationale").asText()).isNotBlank();
        assertThat(summary.path("withdrawalOptions").findValuesAsText("reason")).contains("PLATFORM_SUGGESTED");

        assertThat(expect(200, market.withdraw(id, "PLATFORM_SUGGESTED")).text("outcome")).isEqualTo("WITHDRAWN");
        assertThat(market.mySummary("buyer-1", id).path("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(market.queueEntry("arbiter-1", id, "")).isNull();
    }
}
