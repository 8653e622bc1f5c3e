package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The buyer reports that the seller did not carry out the accepted settlement; the platform steps in. */
public record ReportSettlementUnfulfilled(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        String note,
        List<EvidenceItem> evidence,
        Instant requestedAt) implements ComplaintCommand {

    public ReportSettlementUnfulfilled {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        // the arbitrator needs to know what was not done: the note is what the platform starts from
        note = Text.require(note, "note", ComplaintCommand.MAX_TEXT);
        evidence = Evidence.atMost(evidence);
    }
}
