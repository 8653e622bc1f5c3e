package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;

/**
 * An arbitrator takes an unassigned case from the queue; {@code arbitratorId} is the caller (naming anyone else is
 * a supervisor's step, {@link ReassignArbitrator}).
 */
public record AssignArbitrator(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        ArbitratorId arbitratorId,
        Instant requestedAt) implements ComplaintCommand {

    public AssignArbitrator {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        Text.required(arbitratorId, "arbitratorId");
    }
}
