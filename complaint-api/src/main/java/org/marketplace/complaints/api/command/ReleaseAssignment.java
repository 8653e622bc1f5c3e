package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;

/** The assigned arbitrator puts the case back into the queue for someone else to take. */
public record ReleaseAssignment(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        Instant requestedAt) implements ComplaintCommand {

    public ReleaseAssignment {
        ComplaintCommand.check(complaintId, actor, requestedAt);
    }
}
