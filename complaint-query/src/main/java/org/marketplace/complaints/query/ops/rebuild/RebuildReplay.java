package org.marketplace.complaints.query.ops.rebuild;

import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

/**
 * One rebuild's replay of the event store into the table set being rebuilt, up to near the store's head, after
 * which the pooled processor of that set takes over (RebuildReplays). A feed reads the store and deserializes the
 * events on a thread of its own (ReplayFeed); this hands its batches to the processor's own handlers, interceptors
 * and dead-letter queue, in a unit of work and transaction per batch, which stores the batch's token in every
 * segment of the processor, under the replay's claim. So a batch is handled as the processor would handle it, and
 * what the replay has stored is where the processor goes on from.
 * <p>
 * Why not the processor itself: its one coordinator hands every event to every segment's buffer, asks each buffer's
 * size (a walk of the queue) before each event and sleeps 100 ms whenever one is full; in a rebuild that cost
 * about a third of the CPU, and the segments waited for it (docs/performance.md).
 */
final class RebuildReplay {

    private final AbstractEventProcessor processor;
    private final ReplayFeed.Subscription feed;
    private final TokenStore claims;
    private final TransactionManager transactions;
    private volatile boolean stopped;

    RebuildReplay(AbstractEventProcessor processor, ReplayFeed.Subscription feed, TokenStore claims,
                  TransactionManager transactions) {
        this.processor = processor;
        this.feed = feed;
        this.claims = claims;
        this.transactions = transactions;
    }

    /**
     * Replays the feed's batches from the first event until it ends near the store's head; returns the events
     * handled. Throws if a batch fails, the claims are lost or the feed failed; what was committed before stays,
     * with its token.
     */
    long run() throws InterruptedException {
        int[] segments = transactions.fetchInTransaction(() -> claims.fetchSegments(processor.getName()));
        long handled = 0;
        try {
            for (List<TrackedEventMessage<?>> batch = feed.next(); batch != null && !stopped; batch = feed.next()) {
                handle(batch, segments);
                handled += batch.size();
            }
        } finally {
            feed.cancel();
        }
        if (!stopped && feed.failure() != null) {
            throw feed.failure();
        }
        return handled;
    }

    /** Ends the replay after the batch being handled; its claims are released by whoever ran it. */
    void stop() {
        stopped = true;
        feed.cancel();
    }

    /**
     * As the processor's work package handles a batch (Axon's WorkPackage and AbstractEventProcessor): one batching
     * unit of work in one transaction, each event through the processor's interceptors to its handler invoker (dead
     * letters included), the token stored at prepare-commit; but in every segment at once, since every event of the
     * store is handled here.
     */
    private void handle(List<TrackedEventMessage<?>> batch, int[] segments) {
        TrackingToken reached = ReplayFeed.last(batch).trackingToken();
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.onPrepareCommit(committing -> {
            for (int segment : segments) {
                claims.storeToken(reached, processor.getName(), segment);
            }
        });
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<EventMessage<?>>(
                unitOfWork, processor.getHandlerInterceptors(), event -> {
                    processor.eventHandlerInvoker().handle(event, Segment.ROOT_SEGMENT);
                    return null;
                }).proceed(), RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("a batch of the replay of " + processor.getName() + " up to " + reached
                    + " failed", result.exceptionResult());
        }
    }
}
