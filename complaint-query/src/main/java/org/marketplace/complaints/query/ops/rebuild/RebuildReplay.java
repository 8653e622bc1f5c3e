package org.marketplace.complaints.query.ops.rebuild;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

/**
 * One rebuild's replay of the event store into the table set being rebuilt, up to near the store's head, after
 * which the pooled processor of that set takes over (RebuildReplays). Two threads: one reads the store (in batches
 * of the storage engine's size) and deserializes each event, the other hands batches of events to the processor's
 * own handlers, interceptors and dead-letter queue, in a unit of work and transaction per batch, which stores the
 * batch's token in every segment of the processor, under the replay's claim. So a batch is handled as the processor
 * would handle it, and what the replay has stored is where the processor goes on from.
 * <p>
 * Why not the processor itself: its one coordinator hands every event to every segment's buffer, asks each buffer's
 * size (a walk of the queue) before each event and sleeps 100 ms whenever one is full; in a rebuild that cost
 * about a third of the CPU, and the segments waited for it (docs/performance.md).
 */
final class RebuildReplay {

    private static final List<TrackedEventMessage<?>> END = List.of();

    private final AbstractEventProcessor processor;
    private final EventStorageEngine storage;
    private final TokenStore claims;
    private final TransactionManager transactions;
    private final int batchSize;
    private final BlockingQueue<List<TrackedEventMessage<?>>> batches = new ArrayBlockingQueue<>(4);
    private volatile boolean stopped;
    private volatile RuntimeException readFailure;

    RebuildReplay(AbstractEventProcessor processor, EventStorageEngine storage, TokenStore claims,
                  TransactionManager transactions, int batchSize) {
        this.processor = processor;
        this.storage = storage;
        this.claims = claims;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    /**
     * Replays from the first event until a read of the store finds less than a batch; returns the events handled.
     * Throws if a batch fails or the claims are lost; what was committed before stays, with its token.
     */
    long run() throws InterruptedException {
        int[] segments = transactions.fetchInTransaction(() -> claims.fetchSegments(processor.getName()));
        Thread reader = new Thread(this::read, Thread.currentThread().getName() + "-reader");
        reader.start();
        long handled = 0;
        try {
            for (List<TrackedEventMessage<?>> batch = batches.take(); batch != END && !stopped; batch = batches.take()) {
                handle(batch, segments);
                handled += batch.size();
            }
        } finally {
            stopped = true;
            reader.interrupt();
            reader.join();
        }
        if (readFailure != null) {
            throw readFailure;
        }
        return handled;
    }

    /** Ends the replay after the batch being handled; its claims are released by whoever ran it. */
    void stop() {
        stopped = true;
    }

    /** Reads the store again from where the last read ended, until a read finds less than a batch (near the head). */
    private void read() {
        try {
            TrackingToken from = null;
            int read;
            do {
                read = 0;
                List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
                try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(from, false)) {
                    Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
                    while (!stopped && iterator.hasNext()) {
                        TrackedEventMessage<?> event = iterator.next();
                        // events of one token (an upcaster made several of one stored event) stay in one batch
                        if (batch.size() >= batchSize && !event.trackingToken().equals(last(batch).trackingToken())) {
                            put(batch);
                            batch = new ArrayList<>(batchSize);
                        }
                        // deserialized here, beside the thread that handles them
                        event.getPayload();
                        event.getMetaData();
                        batch.add(event);
                        read++;
                    }
                }
                if (!batch.isEmpty()) {
                    from = last(batch).trackingToken();
                    put(batch);
                }
            } while (!stopped && read >= batchSize);
            put(END);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            readFailure = failure;
        } finally {
            if (stopped || readFailure != null || Thread.currentThread().isInterrupted()) {
                // nothing more is handled: make room for the end, so that the handling thread sees it
                batches.clear();
                batches.offer(END);
            }
        }
    }

    private void put(List<TrackedEventMessage<?>> batch) throws InterruptedException {
        while (!stopped) {
            if (batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /**
     * As the processor's work package handles a batch (Axon's WorkPackage and AbstractEventProcessor): one batching
     * unit of work in one transaction, each event through the processor's interceptors to its handler invoker (dead
     * letters included), the token stored at prepare-commit; but in every segment at once, since every event of the
     * store is handled here.
     */
    private void handle(List<TrackedEventMessage<?>> batch, int[] segments) {
        TrackingToken reached = last(batch).trackingToken();
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

    private static TrackedEventMessage<?> last(List<TrackedEventMessage<?>> batch) {
        return batch.get(batch.size() - 1);
    }
}
