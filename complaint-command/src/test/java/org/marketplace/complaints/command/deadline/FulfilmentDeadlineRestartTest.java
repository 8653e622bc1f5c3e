package org.marketplace.complaints.command.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketplace.complaints.api.DeadlineKind;
import org.marketplace.complaints.api.event.ComplaintClosedAsSettled;
import org.marketplace.complaints.api.event.SettlementFulfilmentStarted;
import org.marketplace.complaints.command.CommandServiceApplication;
import org.marketplace.complaints.command.support.ApiClient;
import org.marketplace.complaints.command.support.JsonBody;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The fulfilment deadline is persistent like the others: an offer accepted before a shutdown closes the complaint
 * as settled after the restart, and the same order and category can then not be filed again (ALREADY_SETTLED).
 */
class FulfilmentDeadlineRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aFulfilmentDeadline_setBeforeARestart_closesTheComplaintAsSettled_afterIt() {
        JsonBody filing = aComplaintRequest();
        String complaintId;
        // the first run polls its schedule once, at its start (before the filing), and not again for an hour: it
        // cannot fire the deadline however long it takes, so only the second run can (no race with the clock)
        try (ConfigurableApplicationContext first = start("1h")) {
            ApiClient buyer = client(first).as("buyer-1");
            complaintId = expect(201, buyer.post("/api/complaints", filing)).text("complaintId");
            String offerId = expect(201, client(first).as("seller-1").post(path(complaintId, "/settlement-offers"),
                    aRefundOffer())).text("offerId");
            expect(202, buyer.post(path(complaintId, "/settlement-offers/" + offerId + "/acceptance"), null));
            // the acceptance started the fulfilment window, and nothing has closed the complaint since
            assertThat(events(first, complaintId)).last()
                    .satisfies(started -> assertThat(started.getPayload()).isInstanceOf(SettlementFulfilmentStarted.class));
            assertThat(closing(events(first, complaintId))).isNull();
        }

        try (ConfigurableApplicationContext second = start("500ms")) {
            DomainEventMessage<?> closed = await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                    .until(() -> closing(events(second, complaintId)), event -> event != null);

            assertThat(((ComplaintClosedAsSettled) closed.getPayload()).deadline())
                    .isEqualTo(DeadlineKind.SETTLEMENT_FULFILMENT);
            assertThat(closed.getMetaData()).containsEntry("actor", "SYSTEM:deadline");
            assertProblem(client(second).as("buyer-1").post("/api/complaints", filing), 409, "ALREADY_SETTLED");
        }
    }

    /** {@code pollingInterval}: how often the run looks for due deadlines (once at its start, then at this pace). */
    private ConfigurableApplicationContext start(String pollingInterval) {
        // command-line arguments: unlike builder properties, they override application.properties
        return new SpringApplicationBuilder(CommandServiceApplication.class).run(
                "--server.port=0",
                "--complaints.data-dir=" + dataDir,
                "--complaints.deadlines.settlement-fulfilment=PT8S",
                "--db-scheduler.immediate-execution-enabled=false",
                "--db-scheduler.polling-interval=" + pollingInterval);
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        return ApiClient.anonymous(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static List<? extends DomainEventMessage<?>> events(ConfigurableApplicationContext context, String id) {
        return context.getBean(EventStore.class).readEvents(id).asStream().toList();
    }

    private static DomainEventMessage<?> closing(List<? extends DomainEventMessage<?>> events) {
        return events.stream().filter(e -> e.getPayload() instanceof ComplaintClosedAsSettled).findFirst().orElse(null);
    }
}
