package org.marketplace.complaints.query.arrivals;

import static org.axonframework.common.io.IOUtils.closeQuietly;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's embedded event store, which can be told that events have arrived, and whose streams call their reader back
 * when events become available. It reads new events by polling the table, and at once when this process commits some
 * (its afterCommit hook); but the command service, another process, appends them: {@link #eventsArrived()} runs the
 * same hook for events committed elsewhere (PostgresArrivals).
 * <p>
 * Why the call back: Axon's pooled processor looks at an idle stream only every 500 ms unless its stream calls back,
 * which was nearly all of the time from a command's answer to its read model. The store's own streams do not, so one
 * watcher thread follows the head of the store with a stream of its own and, whenever events reach it, calls back
 * the reader of every open stream (NotifyingEventStream). By then the store holds them in its cache, where each
 * reader's stream finds them. The watcher never touches the readers' streams, which are not made for two threads: a
 * watcher per stream had to share a lock with the reader, and the reader waited for it (docs/performance.md).
 */
public final class TellableEventStore extends EmbeddedEventStore {

    private static final Logger log = LoggerFactory.getLogger(TellableEventStore.class);

    private final Set<Runnable> readers = ConcurrentHashMap.newKeySet();
    private volatile boolean shutDown;
    /** Guarded by this. */
    private Thread watcher;

    public TellableEventStore(Builder builder) {
        super(builder);
    }

    /** Reads the store now rather than at the next poll (a read that finds nothing new costs one indexed query). */
    public void eventsArrived() {
        afterCommit(List.of());
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        watchTheHead();
        return new NotifyingEventStream(super.openStream(trackingToken), readers);
    }

    /**
     * Starts the watcher as the first reader opens its stream, at the store's head. Its stream first reads the table
     * for itself, then follows the store's cache; it is made to follow the cache here, before the first reader's
     * stream exists, so that every event it announces is in the cache for the readers too. (An event that arrived
     * in that millisecond is in the table for the first reader to read for itself.)
     */
    private synchronized void watchTheHead() {
        if (watcher == null && !shutDown) {
            TrackingEventStream head = super.openStream(createHeadToken());
            try {
                head.hasNextAvailable(1, TimeUnit.MILLISECONDS);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
            watcher = new Thread(() -> watch(head), "event-arrivals");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private void watch(TrackingEventStream first) {
        TrackingEventStream head = first;
        TrackingToken seen = null;
        boolean warned = false;
        while (!shutDown) {
            try {
                if (head == null) {
                    head = super.openStream(seen != null ? seen : createHeadToken());
                }
                if (head.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    // the readers are told that there are events, not which: take all that came at once
                    while (head.hasNextAvailable()) {
                        seen = head.nextAvailable().trackingToken();
                    }
                    readers.forEach(TellableEventStore::callBack);
                }
                warned = false;
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException failure) {
                // the processors fall back on their own schedule meanwhile (seconds): say so once, look again
                if (!warned) {
                    log.warn("Not watching for new events; looking again every second", failure);
                    warned = true;
                }
                closeQuietly(head);
                head = null;
                pauseBeforeLookingAgain();
            }
        }
        closeQuietly(head);
    }

    /** One reader's failure (a processor stopping meanwhile) is its own: the others are called all the same. */
    private static void callBack(Runnable reader) {
        try {
            reader.run();
        } catch (RuntimeException failure) {
            log.debug("A reader of the event store could not be told of new events", failure);
        }
    }

    private void pauseBeforeLookingAgain() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            shutDown = true;
        }
    }

    /** Whether the watcher runs: from the first stream opened until the store shuts down. */
    synchronized boolean watching() {
        return watcher != null && watcher.isAlive();
    }

    @Override
    public void shutDown() {
        shutDown = true;
        synchronized (this) {
            if (watcher != null) {
                watcher.interrupt();
            }
        }
        super.shutDown();
    }
}
