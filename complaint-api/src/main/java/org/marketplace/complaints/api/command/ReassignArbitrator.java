package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;

/** A supervisor hands an intervened case to the arbitrator they name, whoever has it now. */
public record ReassignArbitrator(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        ArbitratorId arbitratorId,
        Instant requestedAt) implements ComplaintCommand {

    public ReassignArbitrator {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        Text.required(arbitratorId, "arbitratorId");
    }
}
