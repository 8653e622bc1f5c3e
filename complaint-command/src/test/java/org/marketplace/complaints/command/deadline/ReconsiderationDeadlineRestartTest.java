package org.marketplace.complaints.command.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.aReconsiderationRequest;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerHumanReadableDeadlineDetails;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketplace.complaints.api.DeadlineKind;
import org.marketplace.complaints.api.event.ComplaintRuled;
import org.marketplace.complaints.api.event.RulingBecameFinal;
import org.marketplace.complaints.command.CommandServiceApplication;
import org.marketplace.complaints.command.support.ApiClient;
import org.marketplace.complaints.command.support.Journey;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reconsideration window is a persistent deadline like the others (db-scheduler, not the aggregate fixture's
 * clock): opened by a ruling before a shutdown, it makes the ruling final after the restart; a request for
 * reconsideration removes its timer. Real starts of the service on one H2 file database.
 */
class ReconsiderationDeadlineRestartTest {

    private static final String TIMER = "complaint-reconsideration";

    @TempDir
    Path dataDir;

    @Test
    void aReconsiderationWindow_openedBeforeARestart_makesTheRulingFinal_afterIt_andALateRequestIsRefused() {
        String id;
        Instant dueBy;
        // the first run polls its schedule once, at its start (before the ruling), and not again for an hour: it
        // cannot close the window however long it takes, so only the second run can (no race with the clock)
        try (ConfigurableApplicationContext first = start("1h")) {
            id = new Journey(client(first)).ruledBy("arbiter-1");
            dueBy = payload(events(first, id), ComplaintRuled.class).reconsiderationDueBy();
            // the ruling opened the window, and nothing has made it final since
            assertThat(events(first, id)).last()
                    .satisfies(ruled -> assertThat(ruled.getPayload()).isInstanceOf(ComplaintRuled.class));
        }

        try (ConfigurableApplicationContext second = start("500ms")) {
            DomainEventMessage<?> event = await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                    .until(() -> message(events(second, id), RulingBecameFinal.class), found -> found != null);

            RulingBecameFinal becameFinal = (RulingBecameFinal) event.getPayload();
            assertThat(becameFinal.deadline()).isEqualTo(DeadlineKind.RECONSIDERATION);
            assertThat(becameFinal.finalAt()).isEqualTo(dueBy);
            assertThat(event.getMetaData()).containsEntry("actor", "SYSTEM:deadline");
            assertProblem(client(second).as("seller-1").post(path(id, "/reconsideration"), aReconsiderationRequest()),
                    409, "RECONSIDERATION_WINDOW_CLOSED");
        }
    }

    @Test
    void aReconsiderationRequest_removesTheWindowsTimer_soNothingFiresWhenTheWindowWouldHaveClosed() {
        try (ConfigurableApplicationContext service = start("500ms")) {
            Journey journey = new Journey(client(service));
            String requested = journey.ruledBy("arbiter-1");
            assertThat(reconsiderationTimers(service, requested)).as("the ruling's timer").hasSize(1);

            expect(202, client(service).as("seller-1").post(path(requested, "/reconsideration"), aReconsiderationRequest()));

            assertThat(reconsiderationTimers(service, requested)).as("the timer after the request").isEmpty();
            // A ruling given after it has a window that closes later: once that one has become final, the requested
            // one's window has closed too, and the scheduler would have fired its timer had it still been there.
            String unused = journey.ruledBy("arbiter-1");
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                    .until(() -> message(events(service, unused), RulingBecameFinal.class) != null);
            assertThat(message(events(service, requested), RulingBecameFinal.class)).isNull();
        }
    }

    /** {@code pollingInterval}: how often the run looks for due deadlines (once at its start, then at this pace). */
    private ConfigurableApplicationContext start(String pollingInterval) {
        // command-line arguments: unlike builder properties, they override application.properties
        return new SpringApplicationBuilder(CommandServiceApplication.class).run(
                "--server.port=0",
                "--complaints.data-dir=" + dataDir,
                "--complaints.deadlines.reconsideration=PT10S",
                "--db-scheduler.immediate-execution-enabled=false",
                "--db-scheduler.polling-interval=" + pollingInterval);
    }

    /**
     * The complaint's reconsideration timers as db-scheduler holds them. Axon stores the deadline's name and its
     * scope (the aggregate, with the complaint's id) in the task data, binary or readable depending on its set-up.
     */
    private static List<String> reconsiderationTimers(ConfigurableApplicationContext context, String complaintId) {
        return context.getBean(Scheduler.class).getScheduledExecutions().stream().map(e -> e.getData())
                .map(data -> data instanceof DbSchedulerBinaryDeadlineDetails binary
                        ? binary.getD() + " " + new String(binary.getS(), StandardCharsets.UTF_8)
                        : data instanceof DbSchedulerHumanReadableDeadlineDetails readable
                        ? readable.getDeadlineName() + " " + readable.getScopeDescriptor() : String.valueOf(data))
                .filter(timer -> timer.startsWith(TIMER + " ") && timer.contains(complaintId))
                .toList();
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        return ApiClient.anonymous(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static List<? extends DomainEventMessage<?>> events(ConfigurableApplicationContext context, String id) {
        return context.getBean(EventStore.class).readEvents(id).asStream().toList();
    }

    private static DomainEventMessage<?> message(List<? extends DomainEventMessage<?>> events, Class<?> type) {
        return events.stream().filter(e -> type.isInstance(e.getPayload())).findFirst().orElse(null);
    }

    private static <T> T payload(List<? extends DomainEventMessage<?>> events, Class<T> type) {
        return type.cast(message(events, type).getPayload());
    }
}
