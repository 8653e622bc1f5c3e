package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The buyer declined the platform's suggestion to withdraw; the case goes on to a ruling. */
@Revision("1")
public record WithdrawalSuggestionDeclined(ComplaintId complaintId,
                                           String note,
                                           Instant declinedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return declinedAt;
    }
}
