package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;

/**
 * The reconsidering arbitrator replaced the ruling with another: from now on this outcome and remedy are the
 * ruling in force. Records the stream version decided on, so that an auditor can rebuild what they saw.
 */
@Revision("1")
public record RulingRevised(ComplaintId complaintId,
                            ArbitratorId arbitratorId,
                            RulingOutcome outcome,
                            Remedy remedy,
                            String rationale,
                            long decidedOnVersion,
                            Instant decidedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return decidedAt;
    }
}
