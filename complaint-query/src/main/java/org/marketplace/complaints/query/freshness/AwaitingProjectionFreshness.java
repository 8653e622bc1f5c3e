package org.marketplace.complaints.query.freshness;

import java.time.Duration;
import java.util.Collection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.marketplace.complaints.platform.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Waits for a processing group to reach a position: woken by every finished batch, it re-reads the
 * processor's segment statuses. It also re-checks every few milliseconds, because a segment that owns none
 * of the new events advances without a batch of its own, so without any signal.
 */
@Component
class AwaitingProjectionFreshness implements ProjectionFreshness {

    private static final long RECHECK_NANOS = Duration.ofMillis(20).toNanos();

    private final EventProcessingConfiguration processing;
    private final BatchCommits commits;
    private final Duration timeout;

    AwaitingProjectionFreshness(EventProcessingConfiguration processing, BatchCommits commits,
                                @Value("${complaints.query.freshness-timeout:PT5S}") Duration timeout) {
        this.processing = processing;
        this.commits = commits;
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
        while (!ProcessedPosition.reached(segments(processor), minPosition)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !commits.awaitNext(Math.min(left, RECHECK_NANOS))) {
                throw new ProjectionBehindException(processingGroup, minPosition,
                        ProcessedPosition.lowest(segments(processor)));
            }
        }
    }

    private static Collection<EventTrackerStatus> segments(StreamingEventProcessor processor) {
        return processor.processingStatus().values();
    }
}
