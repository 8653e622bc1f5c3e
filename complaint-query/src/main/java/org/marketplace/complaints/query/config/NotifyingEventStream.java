package org.marketplace.complaints.query.config;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event stream that calls back when events become available, which the embedded event store's streams do not
 * offer. A pooled processor's coordinator that finds no callback re-checks an idle stream every 500 ms (Axon's
 * Coordinator, fixed); with one, it sleeps until called. A watcher thread waits on the stream in short slices and
 * calls back once per arrival: after a call it waits until the coordinator has taken an event (or closed the
 * stream), so pending events it cannot take yet (its work packages are full) never make the watcher spin; the
 * coordinator comes back by itself once it has room. "Taken" counts the takes since the watcher looked, so that
 * a take between its look and its wait counts too (waiting for the next one would leave an arrival unsignalled
 * for up to the wait's second). The store's streams are not made for two threads, so every call to the underlying
 * stream holds one lock; the watcher holds it at most one slice at a time.
 */
final class NotifyingEventStream implements BlockingStream<TrackedEventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(NotifyingEventStream.class);
    private static final int SLICE_MILLIS = 25;

    private final BlockingStream<TrackedEventMessage<?>> delegate;
    private final Object lock = new Object();
    private final Object taken = new Object();
    private volatile boolean closed;
    private long takes;

    NotifyingEventStream(BlockingStream<TrackedEventMessage<?>> delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        Thread watcher = new Thread(() -> watch(callback), "event-arrivals");
        watcher.setDaemon(true);
        watcher.start();
        return true;
    }

    private void watch(Runnable callback) {
        try {
            while (!closed) {
                boolean available;
                long takenBefore;
                synchronized (lock) {
                    takenBefore = takes();
                    available = !closed && delegate.hasNextAvailable(SLICE_MILLIS, TimeUnit.MILLISECONDS);
                }
                if (available) {
                    callback.run();
                    awaitTakenSince(takenBefore);
                } else {
                    // give the coordinator's thread the lock between slices
                    Thread.yield();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the coordinator falls back to its own schedule (claim extension); log, never kill the processor
            log.warn("Stopped watching for new events; the processor now looks for them on its own schedule", e);
        }
    }

    private long takes() {
        synchronized (taken) {
            return takes;
        }
    }

    private void awaitTakenSince(long before) throws InterruptedException {
        synchronized (taken) {
            while (takes == before && !closed) {
                taken.wait(1_000);
            }
        }
    }

    private void markTaken() {
        synchronized (taken) {
            takes++;
            taken.notifyAll();
        }
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        synchronized (lock) {
            return delegate.peek();
        }
    }

    @Override
    public boolean hasNextAvailable() {
        synchronized (lock) {
            return delegate.hasNextAvailable();
        }
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        synchronized (lock) {
            return delegate.hasNextAvailable(timeout, unit);
        }
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        TrackedEventMessage<?> next;
        synchronized (lock) {
            next = delegate.nextAvailable();
        }
        markTaken();
        return next;
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        synchronized (lock) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }
    }

    @Override
    public void close() {
        closed = true;
        markTaken();
        synchronized (lock) {
            delegate.close();
        }
    }
}
