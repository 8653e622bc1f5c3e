package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;

/**
 * A supervisor handed the case to an arbitrator; {@code previousArbitratorId} is who had it, null when it waited
 * unassigned. Only the new assignee acts on it from now on.
 */
@Revision("1")
public record ArbitratorReassigned(ComplaintId complaintId,
                                   ArbitratorId arbitratorId,
                                   ArbitratorId previousArbitratorId,
                                   Actor reassignedBy,
                                   Instant reassignedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return reassignedAt;
    }
}
