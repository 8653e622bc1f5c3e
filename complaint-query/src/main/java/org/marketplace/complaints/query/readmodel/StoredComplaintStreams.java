package org.marketplace.complaints.query.readmodel;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Reads a complaint's stream as the audit does (audit.ComplaintHistory): through Axon's storage engine, from the
 * first event and never from a snapshot, so that every upcaster applies and the events arrive as the current event
 * classes, exactly as the projections received them.
 */
@Component
public class StoredComplaintStreams implements ComplaintStreams {

    private final EventStorageEngine storage;

    public StoredComplaintStreams(EventStorageEngine storage) {
        this.storage = storage;
    }

    @Override
    public List<? extends DomainEventMessage<?>> read(String complaintId) {
        return storage.readEvents(complaintId, 0).asStream().toList();
    }
}
