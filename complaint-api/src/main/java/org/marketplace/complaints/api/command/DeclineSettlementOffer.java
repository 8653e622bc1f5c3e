package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The buyer declines the seller's open settlement offer. */
public record DeclineSettlementOffer(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        OfferId offerId,
        String note,
        Instant requestedAt) implements ComplaintCommand {

    public DeclineSettlementOffer {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        Text.required(offerId, "offerId");
        note = Text.optional(note, "note", ComplaintCommand.MAX_TEXT);
    }
}
