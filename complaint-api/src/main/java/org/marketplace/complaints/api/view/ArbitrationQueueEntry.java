package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.rules.ComplaintRules;

import java.time.Instant;
import java.util.Set;

/**
 * One case waiting for an arbitrator, oldest first in the queue: why the platform intervened, since when, who
 * has it, when requested evidence is due, the withdrawal request to review. {@code availableActions} are the
 * viewing staff member's, from {@link ComplaintRules}; {@code version} goes back as the ruling's If-Match.
 * {@code assignmentDueBy}: until when an intervention or a reconsideration may wait without an arbitrator (the
 * assignment window filed with the complaint, from the intervention, the reconsideration request or the last
 * release); {@code overdue} once that has passed. Both are
 * worked out when the queue is asked, so an entry turns overdue without any new event.
 */
public record ArbitrationQueueEntry(ComplaintId complaintId, QueueEntryKind kind, ComplaintCategory category,
                                    OrderId orderId, SellerId sellerId, BuyerId buyerId, Instant since,
                                    InterventionReason interventionReason, ArbitratorId assignee,
                                    Instant evidenceDueBy, PendingWithdrawalView pendingWithdrawalRequest,
                                    ComplaintState state, Set<Action> availableActions, long version,
                                    Instant assignmentDueBy, boolean overdue) {

    public static ArbitrationQueueEntry of(ComplaintFacts facts, QueueEntryKind kind, Actor viewer, Instant now) {
        // only a case waits to be taken (to rule, or to reconsider its ruling); a withdrawal request to review is no
        // one's to take
        Instant assignmentDueBy = kind == QueueEntryKind.WITHDRAWAL_REVIEW ? null : facts.assignmentDueBy();
        return new ArbitrationQueueEntry(facts.complaintId(), kind, facts.category(), facts.orderId(),
                facts.sellerId(), facts.buyerId(), kind.since(facts), facts.interventionReason(), facts.assignee(),
                facts.evidenceRequest() == null ? null : facts.evidenceRequest().dueBy(),
                PendingWithdrawalView.of(facts.pendingWithdrawal()), facts.state(),
                ComplaintRules.availableActions(facts, viewer, now), facts.eventCount() - 1,
                assignmentDueBy, assignmentDueBy != null && now.isAfter(assignmentDueBy));
    }
}
