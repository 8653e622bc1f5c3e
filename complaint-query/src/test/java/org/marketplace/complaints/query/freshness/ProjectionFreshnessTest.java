package org.marketplace.complaints.query.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.platform.web.InvalidInputException;
import org.springframework.boot.test.context.SpringBootTest;

/** Read-your-writes against a real pooled processor (the probe read model) on the event store. */
@SpringBootTest(properties = {"complaints.query.freshness-timeout=PT1.5S",
        "axon.eventhandling.processors.freshness-probe.mode=pooled",
        "axon.eventhandling.processors.freshness-probe.initial-segment-count=4"})
class ProjectionFreshnessTest extends ProbeTestBase {

    @Test
    void aQueryWithoutAMinimumPosition_isAnsweredAtOnce_evenWhileTheReadModelIsBehind() {
        try (ProbeProjection.Hold hold = probe.hold("held:behind")) {
            append("held:behind");
            await().until(hold::isHolding);

            // neither waits for the held event nor refuses as behind: no position asked, nothing to wait for
            freshness.awaitProcessed(ProbeProjection.GROUP, null);

            assertThat(hold.isHolding()).as("the read model is still behind").isTrue();
            assertThat(probe.hasRow("held:behind")).isFalse();
        }
    }

    @Test
    void aQueryAfterAWrite_returnsOnceTheReadModelHasIt() {
        long position = append("written");

        freshness.awaitProcessed(ProbeProjection.GROUP, position);

        assertThat(probe.hasRow("written")).isTrue();
    }

    @Test
    void theWait_lastsAsLongAsTheProjection_andEndsWhenItHasTheEvent() throws Exception {
        CompletableFuture<Void> query;
        try (ProbeProjection.Hold hold = probe.hold("held:1")) {
            long position = append("held:1");
            await().until(hold::isHolding);

            query = CompletableFuture.runAsync(() -> freshness.awaitProcessed(ProbeProjection.GROUP, position));

            assertThat(query).as("waits while the projection holds the event").isNotDone();
            hold.release();
        }
        // answered (not refused as behind, which the bound would do), and then the row is there
        query.get(1, TimeUnit.MINUTES);
        assertThat(probe.hasRow("held:1")).isTrue();
    }

    @Test
    void aPositionNotYetWritten_isRefusedAsBehind_afterTheBound() {
        long beyond = append("last") + 1000;
        long started = System.nanoTime();
        // a lower bound only: refusing before the configured bound (1.5 s) would be wrong behaviour; how long after
        // it the refusal comes is the machine's speed, for a benchmark to measure, not for this test to bound

        assertThatThrownBy(() -> freshness.awaitProcessed(ProbeProjection.GROUP, beyond))
                .isInstanceOfSatisfying(ProjectionBehindException.class, behind -> {
                    assertThat(behind.processingGroup()).isEqualTo(ProbeProjection.GROUP);
                    assertThat(behind.wanted()).isEqualTo(beyond);
                    assertThat(behind.reached()).isLessThan(beyond);
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void aNegativePosition_isBadInput() {
        assertThatThrownBy(() -> freshness.awaitProcessed(ProbeProjection.GROUP, -1L))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("X-Min-Event-Position must be a non-negative integer");
    }

    @Test
    void positionZero_isBeforeEveryEvent_soAlwaysProcessed() {
        freshness.awaitProcessed(ProbeProjection.GROUP, 0L);
    }
}
