package org.marketplace.complaints.query.ops.processors;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** The event store's last global index: what a processor's lag is measured against and a rebuild aims for. */
@Component
public class EventStoreHead {

    private final EventStore store;

    EventStoreHead(EventStore store) {
        this.store = store;
    }

    /** 0 for an empty store: the store numbers events from 1. */
    public long position() {
        TrackingToken head = store.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }
}
