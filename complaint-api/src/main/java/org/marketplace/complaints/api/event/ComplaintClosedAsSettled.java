package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;

/**
 * The fulfilment window of an accepted settlement passed without the buyer withdrawing or reporting it
 * unfulfilled: the complaint is closed as settled (SETTLED); terminal, and its key can never be filed again.
 * {@code deadline} names the window whose expiry closed it.
 */
@Revision("1")
public record ComplaintClosedAsSettled(ComplaintId complaintId,
                                       OfferId offerId,
                                       DeadlineKind deadline,
                                       Instant closedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return closedAt;
    }
}
