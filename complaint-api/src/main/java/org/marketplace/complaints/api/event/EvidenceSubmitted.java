package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** A party added evidence to the case. */
@Revision("1")
public record EvidenceSubmitted(ComplaintId complaintId,
                                Actor submittedBy,
                                List<EvidenceItem> evidence,
                                Instant submittedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return submittedAt;
    }
}
