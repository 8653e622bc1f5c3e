package org.marketplace.complaints.query.readmodel;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * A complaint's events as the event store has them, from the first, in order: what a stored fold is rebuilt from
 * when it was written by code with another fold version (FoldedFacts). An interface so that projection tests
 * without Spring hand over a story's events; in the service it is {@link StoredComplaintStreams}.
 */
@FunctionalInterface
public interface ComplaintStreams {

    /** {@code complaintId}: the aggregate id. Empty when the store has no such complaint. */
    List<? extends DomainEventMessage<?>> read(String complaintId);
}
