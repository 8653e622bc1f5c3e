package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/**
 * The platform ruled (最终处理结果); binding. Records the stream version the arbitrator ruled on, and until when
 * either party may ask for its reconsideration. Revision 1 had no {@code reconsiderationDueBy}: the
 * upcaster ComplaintRuledUpcaster gives those rulings the default window from their ruling time.
 */
@Revision("2")
public record ComplaintRuled(ComplaintId complaintId,
                             ArbitratorId arbitratorId,
                             RulingOutcome outcome,
                             Remedy remedy,
                             String rationale,
                             long rulingOnVersion,
                             Instant ruledAt,
                             Instant reconsiderationDueBy) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return ruledAt;
    }
}
