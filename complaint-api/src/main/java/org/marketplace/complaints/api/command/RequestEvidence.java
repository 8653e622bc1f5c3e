package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The assigned arbitrator asks one or both parties for evidence by a due time. */
public record RequestEvidence(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        EvidenceRequestId evidenceRequestId,
        EvidenceParty from,
        Instant dueBy,
        String note,
        Instant requestedAt) implements ComplaintCommand {

    public RequestEvidence {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        Text.required(evidenceRequestId, "evidenceRequestId");
        Text.required(from, "from");
        note = Text.require(note, "note", ComplaintCommand.MAX_TEXT);
        if (dueBy != null && !dueBy.isAfter(requestedAt)) {
            throw new IllegalArgumentException("dueBy must be in the future");
        }
    }
}
