package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** An arbitrator approves or rejects a pending withdrawal request (天猫审核). */
public record DecideWithdrawalRequest(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        WithdrawalRequestId requestId,
        boolean approve,
        String note,
        Instant requestedAt) implements ComplaintCommand {

    public DecideWithdrawalRequest {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        Text.required(requestId, "requestId");
        note = Text.require(note, "note", ComplaintCommand.MAX_TEXT);
    }
}
