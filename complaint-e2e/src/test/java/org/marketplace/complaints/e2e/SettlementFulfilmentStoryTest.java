package org.marketplace.complaints.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.e2e.support.Marketplace.aComplaint;
import static org.marketplace.complaints.e2e.support.Marketplace.expect;
import static org.marketplace.complaints.e2e.support.Marketplace.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Marketplace;
import org.marketplace.complaints.e2e.support.RunningSystem;

/**
 * File → the seller offers → the buyer accepts and does nothing more → the fulfilment window passes → the complaint
 * is closed as SETTLED, and the same order and category cannot be filed again. Runs on a command service with a
 * 5 s fulfilment window (RunningSystem.QUICK_WINDOW).
 */
@ExtendWith(RunningSystem.class)
class SettlementFulfilmentStoryTest {

    @Test
    void anAcceptedSettlement_closesAsSettled_whenItsWindowPasses_andCannotBeFiledAgain() throws Exception {
        Marketplace market = new Marketplace(RunningSystem.get().quickWindowsCommandUrl(),
                RunningSystem.get().queryUrl());
        Map<String, Object> complaint = aComplaint();
        String id = market.filed(complaint);
        market.accepted(id, market.offered(id));

        JsonNode agreed = market.mySummary("buyer-1", id);
        assertThat(agreed.path("nextDeadline").path("kind").asText()).isEqualTo("SETTLEMENT_FULFILMENT");
        assertThat(agreed.path("availableActions").toString()).contains("REPORT_SETTLEMENT_UNFULFILLED");
        assertThat(expect(409, market.command("seller-1", path(id, "/settlement-offers"),
                Map.of("type", "PARTIAL_REFUND", "amountFen", 1_000))).text("code")).isEqualTo("SETTLEMENT_AGREED");

        // the deadline fires on its own: no command answer tells its position, so the list is looked at until it shows
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> market.mySummary("buyer-1", id).path("state").asText(), "SETTLED"::equals);

        assertThat(market.mySummary("buyer-1", id).path("availableActions")).isEmpty();
        assertThat(expect(409, market.command("buyer-1", "/api/complaints", complaint)).text("code"))
                .isEqualTo("ALREADY_SETTLED");
    }
}
