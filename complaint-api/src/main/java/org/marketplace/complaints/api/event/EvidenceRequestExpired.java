package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The evidence due time passed before every party asked had answered. */
@Revision("1")
public record EvidenceRequestExpired(ComplaintId complaintId,
                                     EvidenceRequestId evidenceRequestId,
                                     List<Role> missingFrom,
                                     Instant expiredAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return expiredAt;
    }
}
