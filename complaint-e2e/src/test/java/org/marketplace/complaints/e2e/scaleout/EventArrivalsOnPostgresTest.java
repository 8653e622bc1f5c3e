package org.marketplace.complaints.e2e.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.e2e.support.Marketplace.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Answer;
import org.marketplace.complaints.e2e.support.Api;
import org.marketplace.complaints.e2e.support.Cluster;
import org.marketplace.complaints.e2e.support.RunningSystem;
import org.marketplace.complaints.e2e.support.ServiceProcess;

/**
 * On PostgreSQL the query service hears of new events from the command service (LISTEN/NOTIFY) instead of
 * finding them at its next poll. The query service here polls once an hour: a filing shows in My Complaints
 * only if the notification arrived, for the first filing and for every later one.
 */
@EnabledIfSystemProperty(named = "e2e.database", matches = "postgres", disabledReason = "runs in the postgres execution")
@ExtendWith(RunningSystem.StoppedBefore.class)
class EventArrivalsOnPostgresTest {

    private static final Duration SHOWS_WITHIN = Duration.ofSeconds(20);

    @Test
    void withPollingAllButOff_eachFilingShowsInMyComplaints_byTheCommandServicesNotification() throws Exception {
        try (Cluster cluster = Cluster.onFreshPostgres("arrivals")
                .with(Map.of("COMPLAINTS_QUERY_EVENTPOLLINTERVAL", "PT1H"))) {
            ServiceProcess command = cluster.command("command");
            ServiceProcess query = cluster.query("query");
            cluster.awaitHealthy(command, query);

            for (int filing = 0; filing < 3; filing++) {
                Answer filed = expect(201, new Api(command.baseUrl(), "buyer-1")
                        .post("/api/complaints", Filing.complaint("arrivals-" + UUID.randomUUID(), "seller-9")));
                String id = filed.text("complaintId");

                // a plain read, not one that waits for the filing's position: only the projection can show it
                await().atMost(SHOWS_WITHIN).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                        assertThat(complaintIds(expect(200, new Api(query.baseUrl(), "buyer-1")
                                .get("/api/my/complaints?size=50", null)))).contains(id));
            }
        }
    }

    private static java.util.List<String> complaintIds(Answer page) {
        JsonNode items = page.json().get("items");
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("complaintId").asText()).toList();
    }
}
