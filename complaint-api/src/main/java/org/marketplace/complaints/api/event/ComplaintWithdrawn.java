package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The complaint was taken back (撤销投诉); terminal, and its key can never be filed again. */
@Revision("1")
public record ComplaintWithdrawn(ComplaintId complaintId,
                                 WithdrawalReason reason,
                                 WithdrawalMode mode,
                                 String note,
                                 WithdrawalRequestId requestId,
                                 Instant withdrawnAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return withdrawnAt;
    }
}
