package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;

/**
 * The ruling can no longer be reconsidered: its reconsideration window passed unused ({@code deadline} names it,
 * RECONSIDERATION), or its reconsideration was decided ({@code deadline} null). An exceptional withdrawal stays
 * possible.
 */
@Revision("1")
public record RulingBecameFinal(ComplaintId complaintId,
                                DeadlineKind deadline,
                                Instant finalAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return finalAt;
    }
}
