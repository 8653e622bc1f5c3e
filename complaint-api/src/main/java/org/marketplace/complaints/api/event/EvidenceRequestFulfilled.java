package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** Every party asked for evidence has answered; the evidence deadline is off. */
@Revision("1")
public record EvidenceRequestFulfilled(ComplaintId complaintId,
                                       EvidenceRequestId evidenceRequestId,
                                       Instant fulfilledAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return fulfilledAt;
    }
}
