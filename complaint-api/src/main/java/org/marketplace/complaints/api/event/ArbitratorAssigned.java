package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** An arbitrator took the case; only the assignee acts on it until reassigned. */
@Revision("1")
public record ArbitratorAssigned(ComplaintId complaintId,
                                 ArbitratorId arbitratorId,
                                 Actor assignedBy,
                                 Instant assignedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return assignedAt;
    }
}
