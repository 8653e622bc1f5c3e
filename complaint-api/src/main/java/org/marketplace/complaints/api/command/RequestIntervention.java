package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** A party asks the platform to step in while negotiating. */
public record RequestIntervention(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        String note,
        Instant requestedAt) implements ComplaintCommand {

    public RequestIntervention {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        note = Text.optional(note, "note", ComplaintCommand.MAX_TEXT);
    }
}
