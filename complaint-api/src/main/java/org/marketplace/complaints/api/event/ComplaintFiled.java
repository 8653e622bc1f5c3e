package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The buyer filed a complaint (买家发起投诉); the seller's response window starts. */
@Revision("1")
public record ComplaintFiled(ComplaintId complaintId,
                             BuyerId buyerId,
                             OrderId orderId,
                             SellerId sellerId,
                             ComplaintCategory category,
                             String description,
                             List<EvidenceItem> evidence,
                             DeadlinePolicy deadlinePolicy,
                             Instant filedAt,
                             Instant sellerResponseDueBy) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return filedAt;
    }
}
