package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The seller answers the complaint within the response window (卖家申诉). */
public record RespondToComplaint(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        SellerPosition position,
        String statement,
        List<EvidenceItem> evidence,
        Instant requestedAt) implements ComplaintCommand {

    public RespondToComplaint {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        Text.required(position, "position");
        statement = Text.require(statement, "statement", ComplaintCommand.MAX_TEXT);
        evidence = Evidence.atMost(evidence);
    }
}
