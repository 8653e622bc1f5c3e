package org.marketplace.complaints.query.ops.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.query.freshness.ClusterProgress;
import org.marketplace.complaints.query.ops.cluster.NodeId;
import org.marketplace.complaints.query.tokens.StoredToken;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rebuild's events are replayed by the instance that started it, under claims of its own, and the processor of
 * the rebuilt set goes on from wherever the replay stopped: here the replay is stopped half-way (as when the service
 * stops), and the processor finishes the rebuild, row for row the live model.
 */
class RebuildReplayTest extends GeneratedHistoryTestBase {

    private static final String DETAIL = "complaint-detail";

    @Autowired
    RebuildReplays replays;
    @Autowired
    NodeId node;
    @Autowired
    ClusterProgress progress;

    @Test
    void aReplayStoppedHalfWay_holdsTheSegmentsUntilThen_andTheProcessorFinishesTheRebuild() throws Exception {
        String building = tables.state(DETAIL).buildingProcessor();
        Map<String, List<String>> live = ReadModelSnapshot.of(jdbc, DETAIL, tables.state(DETAIL).active());
        long head = head();

        startRebuild(DETAIL);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(1))
                .until(() -> progress.of(building).lowest() > 0);
        long stoppedBefore;
        // the token rows locked: the replay's next batch waits to store its token, and stops after it
        try (AutoCloseable held = holdTheRebuild(DETAIL)) {
            stoppedBefore = progress.of(building).lowest();
            assertThat(tokens.of(building)).extracting(StoredToken::owner).containsOnly("rebuild@" + node.value());
            replays.stopAll();
        }

        assertThat(stoppedBefore).as("the replay was stopped half-way").isLessThan(head);
        await().atMost(Duration.ofMinutes(1)).until(() -> tokens.of(building).stream()
                .allMatch(segment -> node.value().equals(segment.owner())));
        assertThat(awaitSwitched(DETAIL).active().processor(DETAIL)).isEqualTo(building);
        Map<String, List<String>> rebuilt = ReadModelSnapshot.of(jdbc, DETAIL, tables.state(DETAIL).active());
        live.forEach((table, rows) -> assertThat(rebuilt.get(table)).as(table).isEqualTo(rows));
    }
}
