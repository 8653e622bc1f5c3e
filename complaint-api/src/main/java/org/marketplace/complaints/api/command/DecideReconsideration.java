package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.marketplace.complaints.api.*;

import java.time.Instant;

/**
 * The reconsidering arbitrator upholds the ruling (with a note) or revises it (outcome, remedy, rationale). Like a
 * ruling, decided on exactly the version the arbitrator saw when their client sends it.
 */
public record DecideReconsideration(@TargetAggregateIdentifier ComplaintId complaintId,
                                    Actor actor,
                                    boolean uphold,
                                    String note,
                                    RulingOutcome outcome,
                                    Remedy remedy,
                                    String rationale,
                                    @TargetAggregateVersion Long expectedVersion,
                                    Instant requestedAt) implements ComplaintCommand {

    public DecideReconsideration {
        ComplaintCommand.check(complaintId, actor, requestedAt);
        if (uphold) {
            note = Text.require(note, "note", ComplaintCommand.MAX_TEXT);
            if (outcome != null || remedy != null || rationale != null) {
                throw new IllegalArgumentException("upholding the ruling takes a note, not a new outcome, remedy or rationale");
            }
        } else {
            Text.required(outcome, "outcome");
            Text.required(remedy, "remedy");
            rationale = Text.require(rationale, "rationale", ComplaintCommand.MAX_TEXT);
            outcome.requireConsistentWith(remedy);
            if (note != null) {
                throw new IllegalArgumentException("a revised ruling gives its rationale, not a note");
            }
        }
    }

    public static DecideReconsideration upholding(ComplaintId complaintId, Actor actor, String note,
                                                  Long expectedVersion, Instant at) {
        return new DecideReconsideration(complaintId, actor, true, note, null, null, null, expectedVersion, at);
    }

    public static DecideReconsideration revising(ComplaintId complaintId, Actor actor, RulingOutcome outcome,
                                                 Remedy remedy, String rationale, Long expectedVersion, Instant at) {
        return new DecideReconsideration(complaintId, actor, false, null, outcome, remedy, rationale, expectedVersion, at);
    }
}
