package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The assigned arbitrator suggests that the buyer withdraw (天猫建议买家撤销投诉). */
public record SuggestWithdrawal(@TargetAggregateIdentifier ComplaintId complaintId,
        Actor actor,
        String rationale,
        Instant requestedAt) implements ComplaintCommand {

    public SuggestWithdrawal {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        rationale = Text.require(rationale, "rationale", ComplaintCommand.MAX_TEXT);
    }
}
