package org.marketplace.complaints.command.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Requests.aComplaintRequest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketplace.complaints.api.InterventionReason;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.marketplace.complaints.api.event.PlatformIntervened;
import org.marketplace.complaints.command.CommandServiceApplication;
import org.marketplace.complaints.command.support.ApiClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Deadlines are persistent: one set before a shutdown fires after the restart. Two real starts of the
 * service on one H2 file database (the production URL, in a temporary data directory).
 */
class SellerResponseDeadlineRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aSellerResponseDeadline_setBeforeARestart_makesThePlatformIntervene_afterIt() {
        String correlationId = UUID.randomUUID().toString();
        String complaintId;
        // the first run polls its schedule once, at its start (before the filing), and not again for an hour: it
        // cannot fire the deadline however long it takes, so only the second run can (no race with the clock)
        try (ConfigurableApplicationContext first = start("1h")) {
            complaintId = expect(201, client(first).as("buyer-1").withHeader("X-Correlation-Id", correlationId)
                    .post("/api/complaints", aComplaintRequest())).text("complaintId");
            assertThat(events(first, complaintId)).singleElement()
                    .satisfies(filed -> assertThat(filed.getPayload()).isInstanceOf(ComplaintFiled.class));
        }

        try (ConfigurableApplicationContext second = start("500ms")) {
            DomainEventMessage<?> intervened = await().atMost(Duration.ofSeconds(40))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> intervention(events(second, complaintId)), event -> event != null);

            assertThat(((PlatformIntervened) intervened.getPayload()).reason())
                    .isEqualTo(InterventionReason.SELLER_NO_RESPONSE);
            assertThat(intervened.getMetaData()).containsEntry("actor", "SYSTEM:deadline")
                    .containsEntry("correlationId", correlationId);
        }
    }

    /** {@code pollingInterval}: how often the run looks for due deadlines (once at its start, then at this pace). */
    private ConfigurableApplicationContext start(String pollingInterval) {
        // command-line arguments: unlike builder properties, they override application.properties
        return new SpringApplicationBuilder(CommandServiceApplication.class).run(
                "--server.port=0",
                "--complaints.data-dir=" + dataDir,
                "--complaints.deadlines.seller-response=PT5S",
                "--db-scheduler.immediate-execution-enabled=false",
                "--db-scheduler.polling-interval=" + pollingInterval);
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        return ApiClient.anonymous(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static List<? extends DomainEventMessage<?>> events(ConfigurableApplicationContext context, String id) {
        return context.getBean(EventStore.class).readEvents(id).asStream().toList();
    }

    private static DomainEventMessage<?> intervention(List<? extends DomainEventMessage<?>> events) {
        return events.stream().filter(e -> e.getPayload() instanceof PlatformIntervened).findFirst().orElse(null);
    }
}
