package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/**
 * A party asked for the ruling to be reconsidered (复核), with a statement and new evidence: the case waits in the
 * queue for an arbitrator other than the one who ruled. The reconsideration window stops; the ruling stands until
 * the reconsideration is decided.
 */
@Revision("1")
public record ReconsiderationRequested(ComplaintId complaintId,
                                       Actor requestedBy,
                                       String statement,
                                       List<EvidenceItem> evidence,
                                       Instant requestedAt) implements ComplaintEvent {

    public ReconsiderationRequested {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public Instant occurredAt() {
        return requestedAt;
    }
}
