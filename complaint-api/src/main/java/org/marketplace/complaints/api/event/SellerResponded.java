package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The seller answered the complaint (卖家申诉) with a position, a statement and evidence. */
@Revision("1")
public record SellerResponded(ComplaintId complaintId,
                              SellerId sellerId,
                              SellerPosition position,
                              String statement,
                              List<EvidenceItem> evidence,
                              Instant respondedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return respondedAt;
    }
}
