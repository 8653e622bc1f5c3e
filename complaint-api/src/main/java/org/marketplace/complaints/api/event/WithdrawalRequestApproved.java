package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** An arbitrator approved the buyer's withdrawal request; the withdrawal follows. */
@Revision("1")
public record WithdrawalRequestApproved(ComplaintId complaintId,
                                        WithdrawalRequestId requestId,
                                        ArbitratorId decidedBy,
                                        String note,
                                        Instant decidedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return decidedAt;
    }
}
