package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The platform stepped in (天猫介入仲裁): on request, or because a deadline passed. */
@Revision("1")
public record PlatformIntervened(ComplaintId complaintId,
                                 InterventionReason reason,
                                 Actor requestedBy,
                                 String note,
                                 Instant intervenedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return intervenedAt;
    }
}
