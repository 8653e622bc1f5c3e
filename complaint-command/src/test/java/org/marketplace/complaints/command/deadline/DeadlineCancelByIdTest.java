package org.marketplace.complaints.command.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.Requests.aSellerResponse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketplace.complaints.api.event.PlatformIntervened;
import org.marketplace.complaints.command.support.ApiClient;
import org.marketplace.complaints.command.support.Journey;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A complaint's deadline is cancelled by the id it was scheduled under, read from complaint_deadline_schedule: the
 * cancel reads none of the other complaints' deadlines, a cancelled deadline stays cancelled across a restart, and
 * a complaint filed before the ids were recorded still has its deadline cancelled (by the old scan).
 */
class DeadlineCancelByIdTest {

    private static final String SELLER_RESPONSE = "complaint-seller-response";
    private static final String NEGOTIATION = "complaint-negotiation";

    @TempDir
    Path dataDir;
    private ServiceRuns runs;

    @BeforeEach
    void database() {
        runs = new ServiceRuns(dataDir);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        runs.dropDatabase();
    }

    /**
     * Beside the other complaints' deadlines lies one whose data no deserializer reads. Axon's
     * cancelAllWithinScope reads (deserializes) every deadline to find the complaint's: it would fail the
     * seller's answer. The cancel by id never comes near it, nor near the others.
     */
    @Test
    void aCancel_readsTheComplaintsOwnDeadlineOnly() {
        try (ConfigurableApplicationContext run = runs.start("1h")) {
            Journey journey = new Journey(client(run));
            List<String> others = IntStream.range(0, 20).mapToObj(i -> journey.filed()).toList();
            String complaint = journey.filed();
            JdbcTemplate jdbc = run.getBean(JdbcTemplate.class);
            jdbc.update("INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, "
                    + "version) VALUES ('AxonDeadline', 'unreadable', ?, ?, FALSE, 1)", new byte[] {1, 2, 3},
                    OffsetDateTime.now().plusYears(1));
            List<String> othersTasks = others.stream().map(id -> scheduleId(jdbc, id, SELLER_RESPONSE)).toList();
            String sellerResponse = scheduleId(jdbc, complaint, SELLER_RESPONSE);

            expect(202, client(run).as("seller-1").post(path(complaint, "/seller-response"), aSellerResponse()));

            assertThat(tasks(jdbc)).doesNotContain(sellerResponse)
                    .contains(scheduleId(jdbc, complaint, NEGOTIATION), "unreadable")
                    .containsAll(othersTasks).hasSize(others.size() + 2);
            assertThat(recordedNames(jdbc, complaint)).containsExactlyInAnyOrder("(all recorded)", NEGOTIATION);
        }
    }

    @Test
    void aCancelledDeadline_doesNotFireAfterARestart() {
        String answered;
        String unanswered;
        // the first run polls its schedule once, at its start, and not again for an hour: only the second fires
        try (ConfigurableApplicationContext first = runs.start("1h", "--complaints.deadlines.seller-response=PT3S")) {
            Journey journey = new Journey(client(first));
            answered = journey.filed();
            unanswered = journey.filed();
            expect(202, client(first).as("seller-1").post(path(answered, "/seller-response"), aSellerResponse()));
        }

        try (ConfigurableApplicationContext second = runs.start("200ms")) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            // the unanswered complaint's window, due after the answered one's, fired: the scheduler has been round
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200))
                    .until(() -> intervened(second, unanswered));
            // and nothing due is left waiting or still running (a picked row stays until its handler committed)
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ?", Integer.class,
                    OffsetDateTime.now()) == 0);

            assertThat(intervened(second, answered)).isFalse();
            assertThat(recordedNames(jdbc, unanswered)).containsExactly("(all recorded)");
        }
    }

    /** As the migration left them: no record, no mark. The cancel falls back to the scan. */
    @Test
    void aComplaintFiledBeforeTheRecords_hasItsDeadlineCancelled() {
        try (ConfigurableApplicationContext run = runs.start("1h")) {
            String complaint = new Journey(client(run)).filed();
            JdbcTemplate jdbc = run.getBean(JdbcTemplate.class);
            String sellerResponse = scheduleId(jdbc, complaint, SELLER_RESPONSE);
            jdbc.update("DELETE FROM complaint_deadline_schedule WHERE complaint_id = ?", complaint);

            expect(202, client(run).as("seller-1").post(path(complaint, "/seller-response"), aSellerResponse()));

            assertThat(tasks(jdbc)).doesNotContain(sellerResponse).contains(scheduleId(jdbc, complaint, NEGOTIATION));
        }
    }

    private static String scheduleId(JdbcTemplate jdbc, String complaint, String name) {
        return jdbc.queryForObject("SELECT schedule_id FROM complaint_deadline_schedule WHERE complaint_id = ? "
                + "AND deadline_name = ?", String.class, complaint, name);
    }

    private static List<String> recordedNames(JdbcTemplate jdbc, String complaint) {
        return jdbc.queryForList("SELECT deadline_name FROM complaint_deadline_schedule WHERE complaint_id = ?",
                String.class, complaint);
    }

    private static List<String> tasks(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT task_instance FROM scheduled_tasks WHERE task_name = 'AxonDeadline'",
                String.class);
    }

    private static boolean intervened(ConfigurableApplicationContext context, String complaint) {
        return context.getBean(EventStore.class).readEvents(complaint).asStream()
                .anyMatch(e -> e.getPayload() instanceof PlatformIntervened);
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        return ApiClient.anonymous(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
