package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The arbitrator asked one or both parties for evidence by a due time. */
@Revision("1")
public record EvidenceRequested(ComplaintId complaintId,
                                EvidenceRequestId evidenceRequestId,
                                EvidenceParty from,
                                String note,
                                ArbitratorId requestedBy,
                                Instant requestedAt,
                                Instant dueBy) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return requestedAt;
    }
}
