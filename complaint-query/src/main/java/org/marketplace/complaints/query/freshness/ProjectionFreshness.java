package org.marketplace.complaints.query.freshness;

/**
 * Read-your-writes: a client that just sent a command passes the command's X-Event-Position as
 * X-Min-Event-Position, and every query endpoint waits here until the read model behind it has processed
 * that global position. The wait is bounded (default 5 s) and ends as soon as the projection caught up.
 */
public interface ProjectionFreshness {

    String HEADER = "X-Min-Event-Position";

    /**
     * Returns once the processing group has processed {@code minPosition} (at once when it is null);
     * throws {@link ProjectionBehindException} (503 PROJECTION_BEHIND) when the bound passes first.
     */
    void awaitProcessed(String processingGroup, Long minPosition);
}
