package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.rules.ComplaintRules;

import java.time.Instant;
import java.util.Set;

/**
 * One case waiting for an arbitrator, oldest first in the queue: why the platform intervened, since when, who
 * has it, when requested evidence is due, the withdrawal request to review. {@code availableActions} are the
 * viewing arbitrator's, from {@link ComplaintRules}; {@code version} goes back as the ruling's If-Match.
 */
public record ArbitrationQueueEntry(ComplaintId complaintId, QueueEntryKind kind, ComplaintCategory category,
                                    OrderId orderId, SellerId sellerId, BuyerId buyerId, Instant since,
                                    InterventionReason interventionReason, ArbitratorId assignee,
                                    Instant evidenceDueBy, PendingWithdrawalView pendingWithdrawalRequest,
                                    ComplaintState state, Set<Action> availableActions, long version) {

    public static ArbitrationQueueEntry of(ComplaintFacts facts, QueueEntryKind kind, Actor viewer, Instant now) {
        return new ArbitrationQueueEntry(facts.complaintId(), kind, facts.category(), facts.orderId(),
                facts.sellerId(), facts.buyerId(), kind.since(facts), facts.interventionReason(), facts.assignee(),
                facts.evidenceRequest() == null ? null : facts.evidenceRequest().dueBy(),
                PendingWithdrawalView.of(facts.pendingWithdrawal()), facts.state(),
                ComplaintRules.availableActions(facts, viewer, now), facts.eventCount() - 1);
    }
}
