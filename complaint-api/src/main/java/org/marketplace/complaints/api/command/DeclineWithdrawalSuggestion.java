package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The buyer declines the platform's suggestion; the case goes on to a ruling. */
public record DeclineWithdrawalSuggestion(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        String note,
        Instant requestedAt) implements ComplaintCommand {

    public DeclineWithdrawalSuggestion {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        note = Text.optional(note, "note", ComplaintCommand.MAX_TEXT);
    }
}
