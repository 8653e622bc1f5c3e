package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;

/**
 * The buyer accepted an offer before the platform intervened: the negotiation window stopped and the seller
 * carries out the settlement by {@code fulfilmentDueBy}. Acceptances stored before this event existed have none
 * and keep the negotiation window they had (docs/event-catalogue.md).
 */
@Revision("1")
public record SettlementFulfilmentStarted(ComplaintId complaintId,
                                          OfferId offerId,
                                          Instant startedAt,
                                          Instant fulfilmentDueBy) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return startedAt;
    }
}
