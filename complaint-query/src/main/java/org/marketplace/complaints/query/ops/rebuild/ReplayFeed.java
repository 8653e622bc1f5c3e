package org.marketplace.complaints.query.ops.rebuild;

import java.util.ArrayList;
import java.util.Queue;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The event store read once, from the first event, for every rebuild replay that joins it (RebuildReplay): one
 * thread reads batches and deserializes each event, and hands every batch to each replay. Rebuilds started together
 * (all four read models at once) share it: reading and deserializing was a third of the CPU of four replays reading
 * for themselves. A replay may join while the feed is within its first {@link #JOIN_WINDOW} batches, which it keeps
 * until then for the late joiner; later ones get a feed of their own. Each replay holds a few batches; the feed waits
 * for the slowest, which the CPU the others leave goes to.
 * <p>
 * It reads until a read of the store finds less than a batch (near the head), then ends every replay's batches.
 */
final class ReplayFeed {

    /** Batches a replay may fall behind the feed before the feed waits for it. */
    private static final int AHEAD = 4;
    /** Batches during which a replay may still join, kept until then. */
    static final int JOIN_WINDOW = 16;
    /** Compared by identity: an instance of its own, not List.of()'s shared empty list. */
    private static final List<TrackedEventMessage<?>> END = new ArrayList<>(0);

    private final EventStorageEngine storage;
    private final int batchSize;
    // guarded by this: a joiner gets each batch either from firstBatches or from the feed, never both
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final List<List<TrackedEventMessage<?>>> firstBatches = new ArrayList<>();
    private boolean joinable = true;
    private volatile RuntimeException failure;

    ReplayFeed(EventStorageEngine storage, int batchSize) {
        this.storage = storage;
        this.batchSize = batchSize;
    }

    /** A new replay's batches from the first event on, or none once the feed is past its join window. */
    synchronized Subscription join() {
        if (!joinable) {
            return null;
        }
        Subscription subscription = new Subscription(firstBatches);
        subscriptions.add(subscription);
        return subscription;
    }

    /** Reads the store on the calling thread until near the head, or until no replay is left. */
    void run() {
        try {
            TrackingToken from = null;
            int read;
            do {
                read = 0;
                List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
                try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(from, false)) {
                    Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
                    while (iterator.hasNext() && anyLeft()) {
                        TrackedEventMessage<?> event = iterator.next();
                        // events of one token (an upcaster made several of one stored event) stay in one batch
                        if (batch.size() >= batchSize && !event.trackingToken().equals(last(batch).trackingToken())) {
                            deliver(batch);
                            batch = new ArrayList<>(batchSize);
                        }
                        // deserialized here, once for all replays, beside the threads that handle them
                        event.getPayload();
                        event.getMetaData();
                        batch.add(event);
                        read++;
                    }
                }
                if (!batch.isEmpty()) {
                    from = last(batch).trackingToken();
                    deliver(batch);
                }
            } while (anyLeft() && read >= batchSize);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure = new IllegalStateException("the replay's reading of the event store was interrupted");
        } catch (RuntimeException readFailure) {
            failure = readFailure;
        } finally {
            for (Subscription subscription : closeJoining()) {
                subscription.end();
            }
        }
    }

    private synchronized boolean anyLeft() {
        return !subscriptions.isEmpty();
    }

    private void deliver(List<TrackedEventMessage<?>> batch) throws InterruptedException {
        List<Subscription> to;
        synchronized (this) {
            if (joinable && firstBatches.size() < JOIN_WINDOW) {
                firstBatches.add(batch);
            } else {
                closeJoining();
            }
            to = List.copyOf(subscriptions);
        }
        for (Subscription subscription : to) {
            subscription.offer(batch);
        }
    }

    /** No replay joins any more; returns those that did. */
    private synchronized List<Subscription> closeJoining() {
        joinable = false;
        firstBatches.clear();
        return List.copyOf(subscriptions);
    }

    private synchronized void leave(Subscription subscription) {
        subscriptions.remove(subscription);
    }

    /** The batch's last event: its token is where the batch ends. */
    static TrackedEventMessage<?> last(List<TrackedEventMessage<?>> batch) {
        return batch.get(batch.size() - 1);
    }

    /** One replay's batches, in the order read: those it joined after first, then the feed's. */
    final class Subscription {

        private final Queue<List<TrackedEventMessage<?>>> missed;
        private final BlockingQueue<List<TrackedEventMessage<?>>> batches = new ArrayBlockingQueue<>(AHEAD);
        private volatile boolean cancelled;

        private Subscription(List<List<TrackedEventMessage<?>>> missed) {
            this.missed = new ConcurrentLinkedQueue<>(missed);
        }

        /** The next batch, or null at the end: near the head, or the feed failed ({@link #failure()}). */
        List<TrackedEventMessage<?>> next() throws InterruptedException {
            List<TrackedEventMessage<?>> batch = missed.poll();
            if (batch == null) {
                batch = batches.take();
            }
            if (batch == END) {
                batches.offer(END);
                return null;
            }
            return batch;
        }

        /** Why the feed ended before the head, if it did. */
        RuntimeException failure() {
            return failure;
        }

        /** The replay takes no more (called from any thread): the feed goes on for the others, or stops. */
        void cancel() {
            cancelled = true;
            leave(this);
            missed.clear();
            batches.clear();
            batches.offer(END);
        }

        private void offer(List<TrackedEventMessage<?>> batch) throws InterruptedException {
            while (!cancelled && !batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // waits for the replay, and looks again whether it was cancelled meanwhile
            }
        }

        private void end() {
            try {
                offer(END);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                batches.clear();
                batches.offer(END);
            }
        }
    }
}
