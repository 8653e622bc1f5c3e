package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;

/**
 * The reconsidering arbitrator confirmed the ruling. Records the stream version decided on, so that an auditor can
 * rebuild what they saw.
 */
@Revision("1")
public record RulingUpheld(ComplaintId complaintId,
                           ArbitratorId arbitratorId,
                           String note,
                           long decidedOnVersion,
                           Instant decidedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return decidedAt;
    }
}
