package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The buyer takes the complaint back, or asks to; the rules decide which (撤销投诉). */
public record WithdrawComplaint(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        WithdrawalReason reason,
        String note,
        List<EvidenceItem> evidence,
        WithdrawalRequestId requestId,
        Instant requestedAt) implements ComplaintCommand {

    public WithdrawComplaint {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        Text.required(reason, "reason");
        note = Text.optional(note, "note", ComplaintCommand.MAX_TEXT);
        evidence = Evidence.atMost(evidence);
        Text.required(requestId, "requestId");
    }
}
