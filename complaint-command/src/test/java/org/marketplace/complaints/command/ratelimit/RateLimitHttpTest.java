package org.marketplace.complaints.command.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.aComplaintRequest;
import static org.marketplace.complaints.command.support.Requests.aSellerResponse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.Answer;
import org.marketplace.complaints.command.support.ApiClient;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.springframework.test.context.TestPropertySource;

/**
 * Low limits, so that a test reaches them: 4 commands a minute per caller, 2 filings an hour per buyer. Each test
 * spends the allowance of callers of its own (the buckets live as long as the context's database).
 */
@TestPropertySource(properties = {"complaints.rate-limits.commands-per-minute=4",
        "complaints.rate-limits.filings-per-hour=2"})
class RateLimitHttpTest extends HttpTestBase {

    @Test
    void theCommandAfterTheLimit_isRefused429RateLimited_withRetryAfter_whileOthersAndReadsGoOn() {
        ApiClient seller = as("seller-2");
        for (int i = 0; i < 4; i++) {
            // refused commands count as well: a 404 for a complaint that does not exist
            Answer counted = seller.post(sellerResponseTo(UUID.randomUUID()), aSellerResponse());
            assertThat(counted.status()).as("%s", counted).isEqualTo(404);
        }

        Answer refused = seller.post(sellerResponseTo(UUID.randomUUID()), aSellerResponse());

        JsonNode problem = assertProblem(refused, 429, "RATE_LIMITED");
        assertThat(problem.path("limit").asText()).isEqualTo("commands-per-minute");
        // 4 a minute refill one every 15 s
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15L);
        expect(200, seller.get("/api/me"));
        assertThat(as("arbiter-2").post(sellerResponseTo(UUID.randomUUID()), aSellerResponse()).status())
                .as("another caller's commands").isNotEqualTo(429);
    }

    @Test
    void theFilingAfterTheLimit_isRefusedForThatBuyer_only() {
        expect(201, as("buyer-1").post("/api/complaints", aComplaintRequest()));
        expect(201, as("buyer-1").post("/api/complaints", aComplaintRequest()));

        Answer refused = as("buyer-1").post("/api/complaints", aComplaintRequest());

        JsonNode problem = assertProblem(refused, 429, "RATE_LIMITED");
        assertThat(problem.path("limit").asText()).isEqualTo("filings-per-hour");
        // 2 an hour refill one every 30 minutes
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1_500L, 1_800L);
        expect(201, as("buyer-2").post("/api/complaints", aComplaintRequest()));
    }

    private static String sellerResponseTo(UUID complaint) {
        return "/api/complaints/" + complaint + "/seller-response";
    }
}
