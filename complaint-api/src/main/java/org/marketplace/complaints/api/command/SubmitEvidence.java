package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** A party adds evidence to the case; allowed until the ruling. */
public record SubmitEvidence(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        List<EvidenceItem> evidence,
        Instant requestedAt) implements ComplaintCommand {

    public SubmitEvidence {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        evidence = Evidence.atLeastOne(evidence);
    }
}
