package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** An arbitrator takes the case from the queue, or hands it to a colleague. */
public record AssignArbitrator(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        ArbitratorId arbitratorId,
        Instant requestedAt) implements ComplaintCommand {

    public AssignArbitrator {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        Text.required(arbitratorId, "arbitratorId");
    }
}
