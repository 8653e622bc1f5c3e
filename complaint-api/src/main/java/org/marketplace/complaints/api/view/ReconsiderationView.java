package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.ArbitratorId;

import java.time.Instant;
import java.util.List;

/**
 * A party's request that the ruling be reconsidered (复核), and its decision. {@code requestedBy}: the party, as a
 * timeline actor names it; {@code evidence}: the new items the request brought (they are in the detail's evidence
 * list too); {@code assignee}: the arbitrator who has it while it waits for a decision, only for staff (StaffIds),
 * as every assignee; {@code decision}: null while it waits.
 */
public record ReconsiderationView(TimelineActor requestedBy, String statement, List<EvidenceView> evidence,
                                  Instant requestedAt, ArbitratorId assignee,
                                  ReconsiderationDecisionView decision) {
}
