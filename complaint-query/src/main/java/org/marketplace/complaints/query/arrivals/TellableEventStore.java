package org.marketplace.complaints.query.arrivals;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, which can be told that events have arrived. It reads new events by polling
 * the table, and at once when this process commits some (its afterCommit hook); but the command service, another
 * process, appends them. {@link #eventsArrived()} runs the same hook for events committed elsewhere.
 */
public final class TellableEventStore extends EmbeddedEventStore {

    public TellableEventStore(Builder builder) {
        super(builder);
    }

    /** Reads the store now rather than at the next poll (a read that finds nothing new costs one indexed query). */
    public void eventsArrived() {
        afterCommit(List.of());
    }
}
