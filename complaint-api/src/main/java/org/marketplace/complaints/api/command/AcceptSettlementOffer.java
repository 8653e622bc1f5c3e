package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The buyer accepts the seller's open settlement offer. */
public record AcceptSettlementOffer(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        OfferId offerId,
        Instant requestedAt) implements ComplaintCommand {

    public AcceptSettlementOffer {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        Text.required(offerId, "offerId");
    }
}
