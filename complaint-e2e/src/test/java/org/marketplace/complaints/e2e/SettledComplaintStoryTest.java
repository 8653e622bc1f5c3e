package org.marketplace.complaints.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.e2e.support.Marketplace.aComplaint;
import static org.marketplace.complaints.e2e.support.Marketplace.expect;
import static org.marketplace.complaints.e2e.support.Marketplace.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Marketplace;
import org.marketplace.complaints.e2e.support.RunningSystem;

/** File → the seller offers → the buyer accepts and withdraws as settled: gone for good. */
@ExtendWith(RunningSystem.class)
class SettledComplaintStoryTest {

    private final Marketplace market = Marketplace.of(RunningSystem.get());

    @Test
    void aSettledComplaint_isWithdrawnAtOnce_listedWithoutOptions_andCannotBeFiledAgain() {
        Map<String, Object> complaint = aComplaint();
        String id = market.filed(complaint);
        market.accepted(id, market.offered(id));

        assertThat(expect(200, market.command("buyer-1", path(id, "/withdrawal"), Map.of("reason", "SETTLED")))
                .text("outcome")).isEqualTo("WITHDRAWN");

        JsonNode summary = market.mySummary("buyer-1", id);
        assertThat(summary.path("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(summary.path("withdrawalOptions")).isEmpty();
        assertThat(expect(409, market.command("buyer-1", "/api/complaints", complaint)).text("code"))
                .isEqualTo("REFILE_AFTER_WITHDRAWAL");
    }

    @Test
    void aBuyersList_showsTheComplaintAsSoonAsTheFilingAnswered() {
        String id = market.filed();

        JsonNode summary = market.mySummary("buyer-1", id);

        assertThat(summary.path("state").asText()).isEqualTo("AWAITING_SELLER");
        assertThat(summary.path("nextDeadline").path("party").asText()).isEqualTo("SELLER");
    }
}
