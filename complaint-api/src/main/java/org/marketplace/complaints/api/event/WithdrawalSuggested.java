package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The arbitrator suggested that the buyer withdraw, with a rationale. */
@Revision("1")
public record WithdrawalSuggested(ComplaintId complaintId,
                                  ArbitratorId suggestedBy,
                                  String rationale,
                                  Instant suggestedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return suggestedAt;
    }
}
