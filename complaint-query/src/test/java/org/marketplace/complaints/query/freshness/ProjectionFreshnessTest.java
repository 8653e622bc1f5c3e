package org.marketplace.complaints.query.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.platform.web.InvalidInputException;
import org.springframework.boot.test.context.SpringBootTest;

/** Read-your-writes against a real pooled processor (the probe read model) on the event store. */
@SpringBootTest(properties = {"complaints.query.freshness-timeout=PT1.5S",
        "axon.eventhandling.processors.freshness-probe.mode=pooled",
        "axon.eventhandling.processors.freshness-probe.initial-segment-count=4"})
class ProjectionFreshnessTest extends ProbeTestBase {

    @Test
    void aQueryWithoutAMinimumPosition_isAnsweredAtOnce() {
        long started = System.nanoTime();

        freshness.awaitProcessed(ProbeProjection.GROUP, null);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(50));
    }

    @Test
    void aQueryAfterAWrite_returnsOnceTheReadModelHasIt() {
        long position = append("written");

        freshness.awaitProcessed(ProbeProjection.GROUP, position);

        assertThat(probe.hasRow("written")).isTrue();
    }

    @Test
    void theWait_lastsAsLongAsTheProjection_notAFixedTime() {
        long position = append("slow:1");
        long started = System.nanoTime();

        freshness.awaitProcessed(ProbeProjection.GROUP, position);

        assertThat(probe.hasRow("slow:1")).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1400));
    }

    @Test
    void aPositionNotYetWritten_isRefusedAsBehind_afterTheBound() {
        long beyond = append("last") + 1000;
        long started = System.nanoTime();

        assertThatThrownBy(() -> freshness.awaitProcessed(ProbeProjection.GROUP, beyond))
                .isInstanceOfSatisfying(ProjectionBehindException.class, behind -> {
                    assertThat(behind.processingGroup()).isEqualTo(ProbeProjection.GROUP);
                    assertThat(behind.wanted()).isEqualTo(beyond);
                    assertThat(behind.reached()).isLessThan(beyond);
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(3));
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
