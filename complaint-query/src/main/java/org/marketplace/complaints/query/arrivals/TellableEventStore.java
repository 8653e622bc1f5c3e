package org.marketplace.complaints.query.arrivals;

import java.util.List;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, which can be told that events have arrived, and whose streams tell their reader so.
 * It reads new events by polling the table, and at once when this process commits some (its afterCommit hook); but
 * the command service, another process, appends them. {@link #eventsArrived()} runs the same hook for events
 * committed elsewhere. Its streams call back when events become available ({@link NotifyingEventStream}): without
 * that, Axon's pooled processor looks at an idle stream only every 500 ms, which was nearly all of the time from a
 * command's answer to its read model.
 */
public final class TellableEventStore extends EmbeddedEventStore {

    public TellableEventStore(Builder builder) {
        super(builder);
    }

    /** Reads the store now rather than at the next poll (a read that finds nothing new costs one indexed query). */
    public void eventsArrived() {
        afterCommit(List.of());
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new NotifyingEventStream(super.openStream(trackingToken));
    }
}
