package org.marketplace.complaints.e2e.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.e2e.scaleout.Filing.position;
import static org.marketplace.complaints.e2e.support.Marketplace.expect;
import static org.marketplace.complaints.e2e.support.Marketplace.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Answer;
import org.marketplace.complaints.e2e.support.Api;
import org.marketplace.complaints.e2e.support.Cluster;
import org.marketplace.complaints.e2e.support.Load;
import org.marketplace.complaints.e2e.support.Operations;
import org.marketplace.complaints.e2e.support.PostgresDatabase;
import org.marketplace.complaints.e2e.support.RunningSystem;
import org.marketplace.complaints.e2e.support.ServiceProcess;

/**
 * Two command instances on one PostgreSQL database take concurrent commands on the same complaints: each
 * command is either stored (2xx, its position in the store) or refused as a conflict (409), never a 500; the
 * store keeps one event per (complaint, sequence) with no holes, every complaint still loads and takes a
 * further command on either instance, and its hash chain verifies.
 */
@EnabledIfSystemProperty(named = "e2e.database", matches = "postgres", disabledReason = "runs in the postgres execution")
@ExtendWith(RunningSystem.StoppedBefore.class)
class TwoCommandInstancesOnPostgresTest {

    private static final int COMPLAINTS = 4;
    private static final int CLIENTS = 8;
    private static final int COMMANDS = 200;

    /** One command sent, and what it answered. */
    record Call(String complaintId, String instance, String step, int status, String code, Long position, String body) {
    }

    @Test
    void concurrentCommandsOnTheSameComplaints_throughTwoInstances_areStoredOnceOrRefusedAsConflicts() throws Exception {
        try (Cluster cluster = Cluster.onFreshPostgres("two-commands")) {
            ServiceProcess first = cluster.command("command-a");
            ServiceProcess second = cluster.command("command-b");
            ServiceProcess query = cluster.query("query");
            cluster.awaitHealthy(first, second, query);
            PostgresDatabase store = cluster.database();

            List<String> complaints = new ArrayList<>();
            for (int i = 0; i < COMPLAINTS; i++) {
                String id = expect(201, new Api(first.baseUrl(), "buyer-1").post("/api/complaints",
                        Filing.complaint("two-commands-" + UUID.randomUUID(), "seller-1"))).text("complaintId");
                expect(202, new Api(second.baseUrl(), "seller-1").post(path(id, "/seller-response"), Filing.dispute()));
                complaints.add(id);
            }

            Map<String, String> openOffers = new ConcurrentHashMap<>();
            List<ServiceProcess> instances = List.of(first, second);
            List<Call> calls = Load.run(CLIENTS, COMMANDS, i -> {
                Random random = new Random(i);
                String id = complaints.get(random.nextInt(COMPLAINTS));
                ServiceProcess instance = instances.get(i % 2);
                return send(instance, id, random.nextInt(100), openOffers);
            });

            // every answer a success or a conflict, never a server error
            assertThat(calls).as("answers other than 2xx and 409").filteredOn(c -> !(c.status() / 100 == 2 || c.status() == 409))
                    .isEmpty();
            Map<String, Long> byOutcome = calls.stream().collect(Collectors.groupingBy(
                    c -> c.instance() + " " + c.step() + " " + c.status() + (c.code() == null ? "" : " " + c.code()),
                    TreeMap::new, Collectors.counting()));
            System.out.println("answers: " + byOutcome);
            for (ServiceProcess instance : instances) {
                assertThat(calls).as("commands stored through %s", instance.name())
                        .anyMatch(c -> c.instance().equals(instance.name()) && c.status() / 100 == 2);
            }

            // one event per (complaint, sequence), sequences without holes, one hash per event
            assertThat(store.rows("SELECT aggregateidentifier, sequencenumber FROM domainevententry"
                    + " GROUP BY aggregateidentifier, sequencenumber HAVING COUNT(*) > 1")).as("duplicate sequences").isEmpty();
            assertThat(store.rows("SELECT aggregateidentifier FROM domainevententry GROUP BY aggregateidentifier"
                    + " HAVING COUNT(*) <> MAX(sequencenumber) + 1 OR MIN(sequencenumber) <> 0")).as("holes").isEmpty();
            assertThat(store.number("SELECT COUNT(*) FROM event_hash"))
                    .isEqualTo(store.number("SELECT COUNT(*) FROM domainevententry"));
            // no conflict burned a global position: the guard refuses the loser before its insert draws one
            assertThat(store.number("SELECT MAX(globalindex) FROM domainevententry")).as("highest global position")
                    .isEqualTo(store.number("SELECT COUNT(*) FROM domainevententry"));

            // every acknowledged command's position holds an event of its complaint
            Map<Long, String> eventAt = new HashMap<>();
            for (List<Object> row : store.rows("SELECT globalindex, aggregateidentifier FROM domainevententry")) {
                eventAt.put(((Number) row.get(0)).longValue(), (String) row.get(1));
            }
            assertThat(calls).filteredOn(c -> c.status() / 100 == 2).allSatisfy(call ->
                    assertThat(eventAt.get(call.position())).as("event at %s of %s", call.position(), call)
                            .isEqualTo(call.complaintId()));

            // the aggregates load and take one more command on either instance
            long last = 0;
            for (String id : complaints) {
                for (ServiceProcess instance : instances) {
                    last = Math.max(last, position(expect(202,
                            new Api(instance.baseUrl(), "buyer-1").post(path(id, "/evidence"), Filing.evidence()))));
                }
            }

            // the hash chain of each complaint verifies over all of its events
            Api auditor = new Api(query.baseUrl(), "auditor-1");
            for (String id : complaints) {
                JsonNode verification = expect(200, auditor.get("/api/audit/complaints/" + id + "/verification", last)).json();
                assertThat(verification.path("valid").asBoolean()).as("%s", verification).isTrue();
                assertThat(verification.path("eventsChecked").asLong()).as("%s", verification)
                        .isEqualTo(store.number("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?", id));
            }
            new Operations(query).awaitComplete(last, Duration.ofSeconds(30));
        }
    }

    /** One of the parties' or the arbitrator's steps on the complaint, chosen by {@code dice} (0..99). */
    private static Call send(ServiceProcess instance, String id, int dice, Map<String, String> openOffers) {
        String step;
        Answer answer;
        if (dice < 30) {
            step = "buyer-evidence";
            answer = new Api(instance.baseUrl(), "buyer-1").post(path(id, "/evidence"), Filing.evidence());
        } else if (dice < 60) {
            step = "seller-evidence";
            answer = new Api(instance.baseUrl(), "seller-1").post(path(id, "/evidence"), Filing.evidence());
        } else if (dice < 78) {
            step = "offer";
            answer = new Api(instance.baseUrl(), "seller-1").post(path(id, "/settlement-offers"), Filing.offer());
            if (answer.status() == 201) {
                openOffers.put(id, answer.text("offerId"));
            }
        } else if (dice < 92 && openOffers.containsKey(id)) {
            // the offer last seen open: another client may have declined it already (409 NO_OPEN_OFFER)
            step = "decline";
            String offer = openOffers.get(id);
            answer = new Api(instance.baseUrl(), "buyer-1").post(path(id, "/settlement-offers/" + offer + "/decline"),
                    Map.of("note", "too little"));
        } else if (dice < 92) {
            step = "buyer-evidence";
            answer = new Api(instance.baseUrl(), "buyer-1").post(path(id, "/evidence"), Filing.evidence());
        } else if (dice < 96) {
            step = "intervention";
            answer = new Api(instance.baseUrl(), dice % 2 == 0 ? "buyer-1" : "seller-1")
                    .post(path(id, "/intervention-request"), Map.of("note", "we cannot agree"));
        } else {
            step = "assignment";
            answer = new Api(instance.baseUrl(), "arbiter-1").post(path(id, "/assignment"), Map.of());
        }
        String position = answer.header("X-Event-Position");
        String code = answer.status() >= 400 && answer.raw().body().startsWith("{") ? answer.text("code") : null;
        return new Call(id, instance.name(), step, answer.status(), code,
                position == null ? null : Long.valueOf(position), answer.raw().body());
    }
}
