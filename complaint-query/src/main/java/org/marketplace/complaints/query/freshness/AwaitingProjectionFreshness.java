package org.marketplace.complaints.query.freshness;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.marketplace.complaints.platform.web.InvalidInputException;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Waits for a processing group to reach a position: woken by every batch finished here, it re-reads the
 * processor's progress over all its segments (ProcessorProgress: the statuses of the segments this instance
 * claims, the token table for those other instances claim). It also re-checks every few milliseconds, because
 * a segment that owns none of the new events advances without a batch of its own, so without any signal, and
 * the batches of other instances signal nothing here.
 * <p>
 * During a rebuild of the read model (ops.rebuild) the queries still read the old table set, frozen where the
 * rebuild started, while the processor's position is the replay's: a position counts as processed only when the
 * frozen set has it. A newer one is waited for until the rebuilt set is switched in and has it, within the same
 * bound; a rebuild that takes longer answers 503 PROJECTION_BEHIND, which is the truth.
 */
@Component
class AwaitingProjectionFreshness implements ProjectionFreshness {

    private static final long RECHECK_NANOS = Duration.ofMillis(20).toNanos();

    private final EventProcessingConfiguration processing;
    private final BatchCommits commits;
    private final ReadModelTables tables;
    private final ClusterProgress progress;
    private final Duration timeout;

    AwaitingProjectionFreshness(EventProcessingConfiguration processing, BatchCommits commits, ReadModelTables tables,
                                ClusterProgress progress,
                                @Value("${complaints.query.freshness-timeout:PT5S}") Duration timeout) {
        this.processing = processing;
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
        StreamingEventProcessor processor = processing
                .eventProcessorByProcessingGroup(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming event processor for " + processingGroup));
        long deadline = System.nanoTime() + timeout.toNanos();
        // segments found at the position stay there: each round asks only about the others
        Set<Integer> settled = new HashSet<>();
        while (!processed(processor, processingGroup, minPosition, settled)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !commits.awaitNext(Math.min(left, RECHECK_NANOS))) {
                throw new ProjectionBehindException(processingGroup, minPosition, answered(processor, processingGroup));
            }
        }
    }

    /**
     * The progress is read before the registry: a rebuild that starts in between finds the answer in its frozen
     * set, and one that ended in between switched to a set at least as far as that progress.
     */
    private boolean processed(StreamingEventProcessor processor, String processingGroup, long minPosition,
                              Set<Integer> settled) {
        ProcessorProgress segments = progress.of(processor, false);
        TableSetState state = tables.state(processingGroup);
        return state.rebuilding() ? minPosition <= state.frozenPosition() : segments.reached(minPosition, settled);
    }

    /** How far the data the queries read has got: during a rebuild the frozen set's position. */
    private long answered(StreamingEventProcessor processor, String processingGroup) {
        long processed = progress.of(processor, false).lowest();
        TableSetState state = tables.state(processingGroup);
        return state.rebuilding() ? state.frozenPosition() : processed;
    }
}
