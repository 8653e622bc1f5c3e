package org.marketplace.complaints.e2e.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.e2e.scaleout.Filing.position;
import static org.marketplace.complaints.e2e.support.Marketplace.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Api;
import org.marketplace.complaints.e2e.support.Cluster;
import org.marketplace.complaints.e2e.support.Load;
import org.marketplace.complaints.e2e.support.Operations;
import org.marketplace.complaints.e2e.support.RunningSystem;
import org.marketplace.complaints.e2e.support.ServiceProcess;

/**
 * A query instance killed with kill -9 releases nothing: its claims stay in the token table until they time out
 * (axon.eventhandling.tokenstore.claim-timeout, 10 s). Then the survivor claims its segments and projects
 * everything, including what was written while the dead instance still held them.
 */
@EnabledIfSystemProperty(named = "e2e.database", matches = "postgres", disabledReason = "runs in the postgres execution")
@ExtendWith(RunningSystem.StoppedBefore.class)
class KilledQueryInstanceOnPostgresTest {

    private static final int COMPLAINTS_BEFORE = 30;
    private static final int COMPLAINTS_AFTER_KILL = 30;
    private static final int CLIENTS = 4;
    private static final Duration SPLIT_BOUND = Duration.ofSeconds(30);
    /** The claim timeout (10 s) plus the coordinator's claim interval and some slack on a loaded machine. */
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(45);

    @Test
    void aKilledInstancesSegments_moveToTheSurvivorOnceItsClaimsTimeOut_andNothingIsLost() throws Exception {
        try (Cluster cluster = Cluster.onFreshPostgres("killed-query")) {
            ServiceProcess command = cluster.command("command");
            ServiceProcess survivor = cluster.query("query-a");
            ServiceProcess victim = cluster.query("query-b");
            cluster.awaitHealthy(command, survivor, victim);
            Operations survivorOps = new Operations(survivor);
            Operations victimOps = new Operations(victim);
            Map<String, Integer> total = survivorOps.totalSegments();
            file(command, "before-kill-", COMPLAINTS_BEFORE);
            await().atMost(SPLIT_BOUND).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(victimOps.claimedSegments().values()).as("segments held by query-b")
                            .anyMatch(claimed -> claimed > 0));

            victim.kill();
            long killedAt = System.nanoTime(); // for the log line below only: the takeover is awaited, not timed
            long head = file(command, "after-kill-", COMPLAINTS_AFTER_KILL);

            await().atMost(TAKEOVER_BOUND).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(survivorOps.claimedSegments()).as("query-a claims every segment").isEqualTo(total));
            System.out.printf("query-a claimed every segment %d ms after query-b was killed%n",
                    Duration.ofNanos(System.nanoTime() - killedAt).toMillis());
            JsonNode reconciled = survivorOps.awaitComplete(head, Duration.ofSeconds(60));
            assertThat(reconciled.findValues("storeComplaints"))
                    .allSatisfy(n -> assertThat(n.asLong()).isEqualTo(COMPLAINTS_BEFORE + COMPLAINTS_AFTER_KILL));
            expect(200, new Api(survivor.baseUrl(), "buyer-1").get("/api/my/complaints?size=1", head));
        }
    }

    /** Files {@code count} complaints from several clients; the highest position acknowledged. */
    private static long file(ServiceProcess command, String orderPrefix, int count) {
        return Load.run(CLIENTS, count, i -> position(expect(201, new Api(command.baseUrl(), "buyer-1")
                        .post("/api/complaints", Filing.complaint(orderPrefix + i, "seller-1")))))
                .stream().mapToLong(Long::longValue).max().orElseThrow();
    }
}
