package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The buyer accepted the open settlement offer; the buyer may now withdraw as SETTLED. */
@Revision("1")
public record SettlementAccepted(ComplaintId complaintId,
                                 OfferId offerId,
                                 Instant acceptedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return acceptedAt;
    }
}
