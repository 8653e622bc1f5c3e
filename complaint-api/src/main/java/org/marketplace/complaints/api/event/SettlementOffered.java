package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The seller offered a settlement (退款、换货或者进行其他补偿); one offer is open at a time. */
@Revision("1")
public record SettlementOffered(ComplaintId complaintId,
                                OfferId offerId,
                                SettlementTerms terms,
                                String note,
                                Instant offeredAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return offeredAt;
    }
}
