package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The buyer declined the open settlement offer. */
@Revision("1")
public record SettlementDeclined(ComplaintId complaintId,
                                 OfferId offerId,
                                 String note,
                                 Instant declinedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return declinedAt;
    }
}
