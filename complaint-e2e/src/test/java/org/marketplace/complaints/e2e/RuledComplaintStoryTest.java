package org.marketplace.complaints.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Marketplace;
import org.marketplace.complaints.e2e.support.RunningSystem;

/** After a ruling, the buyer may only ask for an exceptional withdrawal, with new evidence. */
@ExtendWith(RunningSystem.class)
class RuledComplaintStoryTest {

    private final Marketplace market = Marketplace.of(RunningSystem.get());

    @Test
    void aRuledComplaintsBuyer_seesOnlyExceptionalWithdrawals_needingNewEvidence() {
        String id = market.takenBy("arbiter-1");
        market.ruled(id, "arbiter-1");

        JsonNode summary = market.mySummary("buyer-1", id);

        assertThat(summary.path("state").asText()).isEqualTo("RULED");
        assertThat(summary.path("withdrawalOptions")).isNotEmpty().allSatisfy(option -> {
            assertThat(option.path("mode").asText()).isEqualTo("EXCEPTIONAL");
            assertThat(option.path("newEvidenceRequired").asBoolean()).isTrue();
        });
    }
}
