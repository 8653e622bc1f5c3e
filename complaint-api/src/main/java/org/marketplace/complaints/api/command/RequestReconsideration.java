package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** A party asks for the ruling to be reconsidered (复核); the new evidence it needs is the rules' to require. */
public record RequestReconsideration(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        String statement,
        List<EvidenceItem> evidence,
        Instant requestedAt) implements ComplaintCommand {

    public RequestReconsideration {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        statement = Text.require(statement, "statement", ComplaintCommand.MAX_TEXT);
        evidence = Evidence.atMost(evidence);
    }
}
