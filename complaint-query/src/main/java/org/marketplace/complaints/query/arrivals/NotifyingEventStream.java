package org.marketplace.complaints.query.arrivals;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;

/**
 * A stream of the store that calls its reader back when events become available: its callback is among the readers
 * the store's watcher calls (TellableEventStore) until the stream is closed. Everything else is the store's stream.
 */
final class NotifyingEventStream implements TrackingEventStream {

    private final TrackingEventStream delegate;
    private final Set<Runnable> readers;
    private volatile Runnable callback;

    NotifyingEventStream(TrackingEventStream delegate, Set<Runnable> readers) {
        this.delegate = delegate;
        this.readers = readers;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        Runnable before = this.callback;
        if (before != null) {
            readers.remove(before);
        }
        this.callback = callback;
        readers.add(callback);
        return true;
    }

    /**
     * Asked again when the store's stream says no: one that has read to the table's end answers no once more as it
     * moves on to the store's cache, even when the events it was called back for are there already (Axon's
     * EmbeddedEventStore), and the reader, told there are none, would wait for the next arrival.
     */
    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return delegate.hasNextAvailable(timeout, unit) || delegate.hasNextAvailable(0, unit);
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return delegate.peek();
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return delegate.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
        Runnable registered = callback;
        if (registered != null) {
            readers.remove(registered);
        }
        delegate.close();
    }
}
