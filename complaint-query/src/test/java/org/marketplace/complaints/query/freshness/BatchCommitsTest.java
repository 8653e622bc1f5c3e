package org.marketplace.complaints.query.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A read-your-writes wait checks the progress, then waits for the next batch: a batch that commits between the
 * check and the wait must still end the wait, or the read waits for its next re-check for nothing.
 */
class BatchCommitsTest {

    private final BatchCommits commits = new BatchCommits();

    @Test
    void aBatchDoneBetweenTheCheckAndTheWait_endsTheWaitAtOnce() {
        long seen = commits.batchesDone();
        commits.signal();

        CompletableFuture<Boolean> wait = CompletableFuture.supplyAsync(
                () -> commits.awaitNext(seen, TimeUnit.HOURS.toNanos(1)));

        await().atMost(Duration.ofMinutes(1)).until(wait::isDone);
        assertThat(wait.join()).isTrue();
    }

    @Test
    void aBatchDoneDuringTheWait_endsIt() {
        long seen = commits.batchesDone();
        CompletableFuture<Boolean> wait = CompletableFuture.supplyAsync(
                () -> commits.awaitNext(seen, TimeUnit.HOURS.toNanos(1)));

        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(10)).until(() -> {
            commits.signal();
            return wait.isDone();
        });
        assertThat(wait.join()).isTrue();
    }
}
