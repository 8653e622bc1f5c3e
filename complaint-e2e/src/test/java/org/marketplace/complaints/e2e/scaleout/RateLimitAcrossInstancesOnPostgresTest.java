package org.marketplace.complaints.e2e.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Answer;
import org.marketplace.complaints.e2e.support.Api;
import org.marketplace.complaints.e2e.support.Cluster;
import org.marketplace.complaints.e2e.support.RunningSystem;
import org.marketplace.complaints.e2e.support.ServiceProcess;

/**
 * The rate limit is the caller's, not an instance's: two command instances on one PostgreSQL database count a
 * caller's commands in one bucket, so spreading them over both gains nothing. 4 commands a minute here.
 */
@EnabledIfSystemProperty(named = "e2e.database", matches = "postgres", disabledReason = "runs in the postgres execution")
@ExtendWith(RunningSystem.StoppedBefore.class)
class RateLimitAcrossInstancesOnPostgresTest {

    @Test
    void commandsSpreadOverTwoInstances_countAgainstOneLimit() throws Exception {
        try (Cluster cluster = Cluster.onFreshPostgres("rate-limit")
                .with(Map.of("COMPLAINTS_RATELIMITS_COMMANDSPERMINUTE", "4"))) {
            ServiceProcess first = cluster.command("command-a");
            ServiceProcess second = cluster.command("command-b");
            cluster.awaitHealthy(first, second);
            List<Api> instances = List.of(new Api(first.baseUrl(), "seller-1"), new Api(second.baseUrl(), "seller-1"));

            for (int i = 0; i < 4; i++) {
                // a response to a complaint that does not exist: refused (404), and counted all the same
                assertThat(respond(instances.get(i % 2)).status()).isEqualTo(404);
            }

            for (Api instance : instances) {
                Answer refused = respond(instance);
                assertThat(refused.status()).as("%s", refused).isEqualTo(429);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                assertThat(refused.text("code")).isEqualTo("RATE_LIMITED");
                assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
            }
            assertThat(respond(new Api(second.baseUrl(), "seller-2")).status()).as("another seller").isEqualTo(404);
            assertThat(cluster.database().number("SELECT COUNT(*) FROM rate_limit_bucket WHERE id LIKE '%:seller-1'"))
                    .as("one bucket for seller-1, in the shared database").isEqualTo(1);
        }
    }

    private static Answer respond(Api seller) {
        return seller.post("/api/complaints/" + UUID.randomUUID() + "/seller-response", Filing.dispute());
    }
}
