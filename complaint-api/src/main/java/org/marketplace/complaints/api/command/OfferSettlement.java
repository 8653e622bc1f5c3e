package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The seller offers to settle: a refund, an exchange, a repair or compensation. */
public record OfferSettlement(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        OfferId offerId,
        SettlementTerms terms,
        String note,
        Instant requestedAt) implements ComplaintCommand {

    public OfferSettlement {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        Text.required(offerId, "offerId");
        Text.required(terms, "terms");
        note = Text.optional(note, "note", ComplaintCommand.MAX_TEXT);
    }
}
