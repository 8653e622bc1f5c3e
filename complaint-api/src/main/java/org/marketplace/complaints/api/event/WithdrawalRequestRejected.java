package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** An arbitrator rejected the buyer's withdrawal request; the case goes on. */
@Revision("1")
public record WithdrawalRequestRejected(ComplaintId complaintId,
                                        WithdrawalRequestId requestId,
                                        ArbitratorId decidedBy,
                                        String note,
                                        Instant decidedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return decidedAt;
    }
}
