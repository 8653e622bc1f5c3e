package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.marketplace.complaints.api.*;

import java.time.Instant;

/**
 * The assigned arbitrator rules (最终处理结果). When the arbitrator's client sends the stream version it
 * showed, a complaint that changed since is refused instead of being ruled on unseen facts.
 */
public record IssueRuling(@TargetAggregateIdentifier ComplaintId complaintId,
                          Actor actor,
                          RulingOutcome outcome,
                          Remedy remedy,
                          String rationale,
                          @TargetAggregateVersion Long expectedVersion,
                          Instant requestedAt) implements ComplaintCommand {

    public IssueRuling {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        Text.required(outcome, "outcome");
        Text.required(remedy, "remedy");
        rationale = Text.require(rationale, "rationale", ComplaintCommand.MAX_TEXT);
        outcome.requireConsistentWith(remedy);
    }
}
