package org.marketplace.complaints.query.freshness;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.marketplace.complaints.platform.web.InvalidInputException;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Waits for a read model to reach a position: woken by every batch finished here, it re-reads the progress, over
 * all its segments, of the processor feeding the table set queries read (ProcessorProgress, from the token table,
 * whichever instance claims them). It also re-checks every few milliseconds, because the batches of other
 * instances signal nothing here.
 * <p>
 * During a rebuild (ops.rebuild) that is still the live processor: the answer never waits for the rebuild. A
 * position counts only if the same set was active before and after the progress was read: the switch makes the
 * rebuilt set active only once it has everything the live one had applied, so a query that follows finds the
 * position whichever set it reads.
 */
@Component
class AwaitingProjectionFreshness implements ProjectionFreshness {

    private static final long RECHECK_NANOS = Duration.ofMillis(20).toNanos();

    private final BatchCommits commits;
    private final ReadModelTables tables;
    private final ClusterProgress progress;
    private final Duration timeout;

    AwaitingProjectionFreshness(BatchCommits commits, ReadModelTables tables, ClusterProgress progress,
                                @Value("${complaints.query.freshness-timeout:PT5S}") Duration timeout) {
        this.commits = commits;
        this.tables = tables;
        this.progress = progress;
        this.timeout = timeout;
    }

    @Override
    public void awaitProcessed(String processingGroup, Long minPosition) {
        // the event store numbers events from 1: position 0 is before every event, processed by definition
        if (minPosition == null || minPosition == 0) {
            return;
        }
        if (minPosition < 0) {
            throw new InvalidInputException(new IllegalArgumentException(
                    HEADER + " must be a non-negative integer (the X-Event-Position of a command)"));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        // segments found at the position stay there: each round asks only about the others, of the same processor
        Set<Integer> settled = new HashSet<>();
        String asked = null;
        while (true) {
            long batchesBefore = commits.batchesDone();
            TableSetState before = tables.state(processingGroup);
            if (!before.activeProcessor().equals(asked)) {
                asked = before.activeProcessor();
                settled.clear();
            }
            if (progress.of(asked).reached(minPosition, settled)
                    && tables.state(processingGroup).active() == before.active()) {
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || !commits.awaitNext(batchesBefore, Math.min(left, RECHECK_NANOS))) {
                throw new ProjectionBehindException(processingGroup, minPosition,
                        progress.of(asked).lowest());
            }
        }
    }
}
