package org.marketplace.complaints.e2e.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.e2e.support.Marketplace.expect;
import static org.marketplace.complaints.e2e.support.Marketplace.path;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
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
 * A command instance killed with SIGKILL while clients file complaints loses nothing it acknowledged: after a
 * restart every acknowledged filing is in the store once and in every read model, and a client that retries what
 * was in flight when the process died learns it was stored (409 COMPLAINT_ALREADY_OPEN) or stores it now, never
 * twice.
 */
@EnabledIfSystemProperty(named = "e2e.database", matches = "postgres", disabledReason = "runs in the postgres execution")
@ExtendWith(RunningSystem.StoppedBefore.class)
class CommandCrashOnPostgresTest {

    private static final int CLIENTS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    private static final int ACKNOWLEDGED_AFTER_RESTART = 30;

    /**
     * One order as its client finally saw it: 201 with the position, or 409 with the complaint an earlier attempt
     * stored; inDoubt counts the attempts that got no answer (the process died, or was not up yet).
     */
    record Outcome(String orderId, String buyer, int status, String code, String complaintId, Long position, int inDoubt) {
    }

    @Test
    void killedWhileFiling_everyAcknowledgedComplaintIsStoredAndProjectedOnce_afterARestart() throws Exception {
        try (Cluster cluster = Cluster.onFreshPostgres("command-crash")) {
            ServiceProcess command = cluster.command("command");
            ServiceProcess query = cluster.query("query");
            cluster.awaitHealthy(command, query);
            PostgresDatabase store = cluster.database();

            AtomicReference<String> commandUrl = new AtomicReference<>(command.baseUrl());
            AtomicBoolean filing = new AtomicBoolean(true);
            AtomicInteger acknowledged = new AtomicInteger();
            ConcurrentLinkedQueue<Outcome> filings = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (int n = 0; filing.get(); n++) {
                        Outcome outcome = fileUntilAnswered(commandUrl, "crash-" + client + "-" + n,
                                client % 2 == 0 ? "buyer-1" : "buyer-2");
                        filings.add(outcome);
                        if (outcome.status() == 201) {
                            acknowledged.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.get() >= ACKNOWLEDGED_BEFORE_KILL);
            command.kill();
            int beforeKill = acknowledged.get();
            ServiceProcess restarted = cluster.command("command-restarted");
            restarted.awaitHealthy(Cluster.START_BOUND);
            commandUrl.set(restarted.baseUrl());
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.get() >= beforeKill + ACKNOWLEDGED_AFTER_RESTART);
            filing.set(false);
            clients.shutdown();
            for (Future<?> client : running) {
                client.get(2, TimeUnit.MINUTES);
            }

            List<Outcome> all = List.copyOf(filings);
            System.out.printf("filed %d orders: %d acknowledged (%d before the kill), %d found stored on retry,"
                            + " %d attempts without an answer%n", all.size(), acknowledged.get(), beforeKill,
                    all.stream().filter(f -> f.status() == 409).count(), all.stream().mapToInt(Outcome::inDoubt).sum());

            // every order ends acknowledged, or found stored by the retry of an attempt that got no answer
            assertThat(all).filteredOn(f -> f.status() != 201).allSatisfy(f -> {
                assertThat(f.status()).as("%s", f).isEqualTo(409);
                assertThat(f.code()).as("%s", f).isEqualTo("COMPLAINT_ALREADY_OPEN");
                assertThat(f.inDoubt()).as("a conflict only for an order whose earlier attempt got no answer: %s", f).isPositive();
            });

            // the store holds each order's filing once and nothing else; each acknowledged position is its event
            Set<String> complaintIds = all.stream().map(Outcome::complaintId).collect(Collectors.toSet());
            assertThat(complaintIds).hasSameSizeAs(all);
            assertThat(store.number("SELECT COUNT(*) FROM domainevententry")).isEqualTo(all.size());
            Map<Long, String> filedAt = new HashMap<>();
            for (List<Object> row : store.rows("SELECT globalindex, aggregateidentifier FROM domainevententry WHERE sequencenumber = 0")) {
                filedAt.put(((Number) row.get(0)).longValue(), (String) row.get(1));
            }
            assertThat(new HashSet<>(filedAt.values())).isEqualTo(complaintIds);
            assertThat(all).filteredOn(f -> f.status() == 201).allSatisfy(f ->
                    assertThat(filedAt.get(f.position())).as("the event at %s", f).isEqualTo(f.complaintId()));

            // projected, once: every read model holds exactly the store's complaints, each buyer's list exactly theirs
            long head = store.number("SELECT MAX(globalindex) FROM domainevententry");
            new Operations(query).awaitComplete(head, Duration.ofSeconds(60)).forEach(model ->
                    assertThat(model.path("complaints").asLong()).as("%s", model).isEqualTo(all.size()));
            for (String buyer : List.of("buyer-1", "buyer-2")) {
                Set<String> expected = all.stream().filter(f -> f.buyer().equals(buyer)).map(Outcome::complaintId)
                        .collect(Collectors.toSet());
                assertThat(listed(query, buyer, head)).as("%s's complaints", buyer).containsExactlyInAnyOrderElementsOf(expected);
            }

            // a complaint filed before the kill loads on the restarted instance and takes the next step
            Outcome early = all.stream().filter(f -> f.status() == 201 && f.buyer().equals("buyer-1")).findFirst().orElseThrow();
            expect(202, new Api(restarted.baseUrl(), "seller-1").post(path(early.complaintId(), "/seller-response"),
                    Filing.dispute()));
        }
    }

    /** Files the order, retrying while the command service cannot be reached, until it answers. */
    private static Outcome fileUntilAnswered(AtomicReference<String> commandUrl, String orderId, String buyer)
            throws InterruptedException {
        int inDoubt = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            try {
                Answer answer = new Api(commandUrl.get(), buyer).postOrThrow("/api/complaints",
                        Filing.complaint(orderId, "seller-1"));
                String code = answer.status() >= 400 ? answer.text("code") : null;
                String position = answer.header("X-Event-Position");
                return new Outcome(orderId, buyer, answer.status(), code, answer.text("complaintId"),
                        position == null ? null : Long.valueOf(position), inDoubt);
            } catch (IOException noAnswer) {
                inDoubt++;
                Thread.sleep(200); // a client's back-off between retries while the service restarts: the scenario
            }
        }
        throw new AssertionError(orderId + " got no answer within 3 minutes");
    }

    /** Every complaint id on the buyer's list, read no older than {@code position}. */
    private static List<String> listed(ServiceProcess query, String buyer, long position) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            Answer answer = expect(200, new Api(query.baseUrl(), buyer).get("/api/my/complaints?size=100&page=" + page, position));
            List<String> items = answer.json().path("items").findValuesAsText("complaintId");
            if (items.isEmpty()) {
                return ids;
            }
            ids.addAll(items);
        }
    }
}
