package org.marketplace.complaints.query.arrivals;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event stream that calls back when events become available, which the embedded event store's streams do not offer.
 * A pooled processor's coordinator that finds no callback re-checks an idle stream every 500 ms (Axon's Coordinator,
 * fixed); with one, it sleeps until called. A watcher thread waits on the stream in short slices and calls back once
 * per arrival: after a call it waits until the coordinator has found the stream empty (or closed it), which ends each
 * of its rounds, before it takes the lock for a slice again. Not as soon as the coordinator has taken an event: it
 * goes on in the same round (peek, the next event), and had to wait for the watcher's slice then, up to 25 ms between
 * taking an event and handing it on (a read-your-writes read's p95 was 30 ms, not 6). Pending events it cannot take
 * yet (its work packages are full) never make the watcher spin: it reminds the coordinator once a second at most,
 * which comes back by itself once it has room. "Drained" counts the empty looks since the watcher looked, so that one
 * between its look and its wait counts too. The store's streams are not made for two threads, so every call to the
 * underlying stream holds one lock; the watcher holds it one slice at a time, or for as long as the store takes to
 * read from the database (a stream behind the store's cache reads there). The lock is fair: the watcher takes it again
 * at once after each slice, and a lock that lets it barge in, as a monitor does, could keep a waiting coordinator out
 * for slice after slice. {@link #close()} never waits for it: the coordinator closes a stream when it claims segments
 * (to reopen it lower), and claims nothing while it waits there (a thread dump caught one waiting so as it took over a
 * stopped instance's segments). The watcher closes the underlying stream then.
 */
final class NotifyingEventStream implements TrackingEventStream {

    private static final Logger log = LoggerFactory.getLogger(NotifyingEventStream.class);
    private static final int SLICE_MILLIS = 25;

    private final BlockingStream<TrackedEventMessage<?>> delegate;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Object drained = new Object();
    private volatile boolean closed;
    private long drains;
    /** Guarded by lock. */
    private boolean delegateClosed;

    NotifyingEventStream(BlockingStream<TrackedEventMessage<?>> delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        // named after the coordinator asking (Axon's thread names name the processor), to read a thread dump by
        Thread watcher = new Thread(() -> watch(callback), "event-arrivals for " + Thread.currentThread().getName());
        watcher.setDaemon(true);
        watcher.start();
        return true;
    }

    private void watch(Runnable callback) {
        try {
            while (!closed) {
                boolean available;
                long drainedBefore;
                lock.lock();
                try {
                    drainedBefore = drains();
                    available = !closed && delegate.hasNextAvailable(SLICE_MILLIS, TimeUnit.MILLISECONDS);
                } finally {
                    lock.unlock();
                }
                if (available) {
                    callback.run();
                    awaitDrainedSince(drainedBefore);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the coordinator falls back to its own schedule (claim extension); log, never kill the processor
            log.warn("Stopped watching for new events; the processor now looks for them on its own schedule", e);
        } finally {
            if (closed) {
                lock.lock();
                try {
                    closeDelegate();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    private long drains() {
        synchronized (drained) {
            return drains;
        }
    }

    /** Until the coordinator found the stream empty after {@code before}, or closed it; a second at most. */
    private void awaitDrainedSince(long before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        synchronized (drained) {
            for (long left = deadline - System.nanoTime(); drains == before && !closed && left > 0;
                 left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(drained, left);
            }
        }
    }

    private boolean markedIfEmpty(boolean available) {
        if (!available) {
            markDrained();
        }
        return available;
    }

    private void markDrained() {
        synchronized (drained) {
            drains++;
            drained.notifyAll();
        }
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        lock.lock();
        try {
            return delegate.peek();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean hasNextAvailable() {
        lock.lock();
        try {
            return markedIfEmpty(delegate.hasNextAvailable());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        lock.lock();
        try {
            return markedIfEmpty(delegate.hasNextAvailable(timeout, unit));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        lock.lock();
        try {
            return delegate.nextAvailable();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        lock.lock();
        try {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        } finally {
            lock.unlock();
        }
    }

    /** Closes at once if no call to the underlying stream is under way, else as the watcher's call returns. */
    @Override
    public void close() {
        closed = true;
        markDrained();
        if (lock.tryLock()) {
            try {
                closeDelegate();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Call holding the lock; the watcher and close() may both come here. */
    private void closeDelegate() {
        if (!delegateClosed) {
            delegateClosed = true;
            delegate.close();
        }
    }
}
