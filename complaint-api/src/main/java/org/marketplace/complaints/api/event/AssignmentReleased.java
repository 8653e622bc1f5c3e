package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;

/** The assigned arbitrator put the case back into the queue; it waits unassigned again from now. */
@Revision("1")
public record AssignmentReleased(ComplaintId complaintId,
                                 ArbitratorId arbitratorId,
                                 Actor releasedBy,
                                 Instant releasedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return releasedAt;
    }
}
