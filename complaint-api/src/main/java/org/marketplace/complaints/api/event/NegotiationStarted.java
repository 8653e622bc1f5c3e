package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The seller's first answer (a response or an offer) opened the negotiation window. */
@Revision("1")
public record NegotiationStarted(ComplaintId complaintId,
                                 Instant startedAt,
                                 Instant negotiationDueBy) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return startedAt;
    }
}
