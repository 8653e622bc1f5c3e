package org.marketplace.complaints.e2e.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.e2e.scaleout.Filing.position;
import static org.marketplace.complaints.e2e.support.Marketplace.expect;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Answer;
import org.marketplace.complaints.e2e.support.Api;
import org.marketplace.complaints.e2e.support.Cluster;
import org.marketplace.complaints.e2e.support.Operations;
import org.marketplace.complaints.e2e.support.PostgresDatabase;
import org.marketplace.complaints.e2e.support.RunningSystem;
import org.marketplace.complaints.e2e.support.ServiceProcess;

/**
 * A writer that commits late while holding an earlier global index (a gap the processors see first as a hole)
 * loses nothing: once it commits, every read model has it, and every fast complaint filed meanwhile too. The
 * late commit is real: a deferred constraint trigger sleeps at commit time for the events of orders slow-…, so
 * the command service's own transactions draw their index at insert and become visible seconds later.
 */
@EnabledIfSystemProperty(named = "e2e.database", matches = "postgres", disabledReason = "runs in the postgres execution")
@ExtendWith(RunningSystem.StoppedBefore.class)
class SlowCommitGapOnPostgresTest {

    private static final int SLOW_SECONDS = 5;
    private static final int SLOW_WRITERS = 2;
    private static final int FAST_CLIENTS = 4;
    private static final int MAX_FAST = 80;

    /** A filing as its client saw it: when the answer came, with which position. */
    record Filed(String orderId, String complaintId, long position, Instant answeredAt) {
    }

    @Test
    void aLateCommitBelowNewerEvents_isProjectedOnceItCommits_andNothingFiledMeanwhileIsMissing() throws Exception {
        try (Cluster cluster = Cluster.onFreshPostgres("slow-commit")) {
            ServiceProcess command = cluster.command("command");
            ServiceProcess query = cluster.query("query");
            cluster.awaitHealthy(command, query);
            PostgresDatabase store = cluster.database();
            commitSlowlyWhenThePayloadMentions(store, "slow-"); // order ids are stored lower-case (canonical form)

            List<Filed> fast = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                fast.add(file(command, "fast-warm-up-" + i)); // a warm service, so the slow inserts come first
            }
            ExecutorService clients = Executors.newFixedThreadPool(SLOW_WRITERS + FAST_CLIENTS);
            List<Future<Filed>> slow = new ArrayList<>();
            for (int i = 0; i < SLOW_WRITERS; i++) {
                slow.add(clients.submit(() -> file(command, "slow-" + UUID.randomUUID())));
            }
            // the fast filings start once both slow ones have drawn their global index: each is holding its commit
            // open (the trigger's pg_sleep) or, on a slow machine, has already committed
            await().atMost(Duration.ofSeconds(60)).until(() -> store.number("SELECT (SELECT COUNT(*)"
                    + " FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep')"
                    + " + (SELECT COUNT(*) FROM e2e_slow_commits)") >= SLOW_WRITERS);
            ConcurrentLinkedQueue<Filed> meanwhile = new ConcurrentLinkedQueue<>();
            AtomicInteger filed = new AtomicInteger();
            List<Future<?>> fastClients = new ArrayList<>();
            for (int c = 0; c < FAST_CLIENTS; c++) {
                fastClients.add(clients.submit(() -> {
                    while (slow.stream().anyMatch(s -> !s.isDone()) && filed.incrementAndGet() <= MAX_FAST) {
                        meanwhile.add(file(command, "fast-" + UUID.randomUUID()));
                        Thread.sleep(50); // the fast clients' pace while the slow commits are held: the scenario
                    }
                    return null;
                }));
            }
            List<Filed> slowFiled = new ArrayList<>();
            for (Future<Filed> writer : slow) {
                slowFiled.add(writer.get(2, TimeUnit.MINUTES));
            }
            for (Future<?> client : fastClients) {
                client.get(2, TimeUnit.MINUTES);
            }
            clients.shutdown();
            fast.addAll(meanwhile);

            // a gap happened: a fast filing was answered, with a higher position, before the slow one committed
            List<List<Object>> commits = store.rows("SELECT global_index, committing_at FROM e2e_slow_commits");
            assertThat(commits).hasSize(SLOW_WRITERS);
            for (List<Object> commit : commits) {
                long slowPosition = ((Number) commit.get(0)).longValue();
                Instant committing = ((Timestamp) commit.get(1)).toInstant();
                assertThat(slowFiled).extracting(Filed::position).contains(slowPosition);
                assertThat(fast).as("fast filings above %d answered before it committed at %s", slowPosition, committing)
                        .anyMatch(f -> f.position() > slowPosition && f.answeredAt().isBefore(committing));
            }

            // read-your-writes for the slow writer itself, then every read model complete
            for (Filed late : slowFiled) {
                expect(200, new Api(query.baseUrl(), "buyer-2").get("/api/complaints/" + late.complaintId(), late.position()));
            }
            long head = store.number("SELECT MAX(globalindex) FROM domainevententry");
            new Operations(query).awaitComplete(head, Duration.ofSeconds(60)).forEach(model ->
                    assertThat(model.path("complaints").asLong()).as("%s", model).isEqualTo(fast.size() + slowFiled.size()));

            // and the buyer's list has every one of them
            List<String> listed = new ArrayList<>();
            for (int page = 0; ; page++) {
                Answer answer = expect(200, new Api(query.baseUrl(), "buyer-2").get("/api/my/complaints?size=100&page=" + page, head));
                List<String> items = answer.json().path("items").findValuesAsText("complaintId");
                if (items.isEmpty()) {
                    break;
                }
                listed.addAll(items);
            }
            List<String> expected = new ArrayList<>(fast.stream().map(Filed::complaintId).toList());
            expected.addAll(slowFiled.stream().map(Filed::complaintId).toList());
            assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /**
     * A deferred constraint trigger runs at commit: it sleeps there for every event whose payload mentions the
     * marker and notes the moment it let the commit go on, so that the test can tell what was answered before.
     */
    private static void commitSlowlyWhenThePayloadMentions(PostgresDatabase store, String marker) {
        store.execute("CREATE TABLE e2e_slow_commits (global_index BIGINT NOT NULL, committing_at TIMESTAMPTZ NOT NULL)");
        store.execute("CREATE FUNCTION e2e_commit_slowly() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " PERFORM pg_sleep(" + SLOW_SECONDS + ");"
                + " INSERT INTO e2e_slow_commits VALUES (NEW.globalindex, clock_timestamp());"
                + " RETURN NULL; END $$");
        store.execute("CREATE CONSTRAINT TRIGGER e2e_commit_slowly AFTER INSERT ON domainevententry"
                + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
                + " WHEN (convert_from(NEW.payload, 'UTF8') LIKE '%" + marker + "%')"
                + " EXECUTE FUNCTION e2e_commit_slowly()");
    }

    private static Filed file(ServiceProcess command, String orderId) {
        Answer answer = expect(201, new Api(command.baseUrl(), "buyer-2").post("/api/complaints",
                Filing.complaint(orderId, "seller-2")));
        return new Filed(orderId, answer.text("complaintId"), position(answer), Instant.now());
    }
}
