package org.marketplace.complaints.query.queue;

import static org.marketplace.complaints.query.detail.Parties.BUYER_ID;
import static org.marketplace.complaints.query.detail.Parties.SELLER_ID;

import java.time.Instant;
import java.util.Set;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.view.ArbitrationQueueEntry;
import org.marketplace.complaints.api.view.PendingWithdrawalView;
import org.marketplace.complaints.api.view.QueueEntryKind;
import org.marketplace.complaints.query.detail.ComplaintSteps;

/** Queue entries as the tests expect them, for the default complaint of {@code aFiledComplaint()}. */
final class ExpectedEntry {

    private ExpectedEntry() {
    }

    /**
     * The story's state and stream version; the rest as the test says. An intervention or a reconsideration nobody
     * has is due within the default assignment window from {@code since}, and long overdue at QueueFixture.NOW
     * (OverdueEntriesTest looks at the times around it); a withdrawal review is no one's to take.
     */
    static ArbitrationQueueEntry entry(ComplaintSteps story, QueueEntryKind kind, Instant since,
                                       InterventionReason reason, ArbitratorId assignee, Instant evidenceDueBy,
                                       PendingWithdrawalView pending, Set<Action> actions) {
        boolean waitsToBeTaken = kind != QueueEntryKind.WITHDRAWAL_REVIEW && assignee == null;
        Instant assignmentDueBy = waitsToBeTaken ? since.plus(DeadlinePolicy.DEFAULT_ASSIGNMENT) : null;
        return new ArbitrationQueueEntry(story.id(), kind, ComplaintCategory.QUALITY_PROBLEM,
                new OrderId("order-1"), SELLER_ID, BUYER_ID, since, reason, assignee, evidenceDueBy, pending,
                story.facts().state(), actions, story.messages().size() - 1L, assignmentDueBy,
                waitsToBeTaken && QueueFixture.NOW.isAfter(assignmentDueBy));
    }

    /** The story's first withdrawal request, with the note its builder gives every request. */
    static PendingWithdrawalView pending(WithdrawalReason reason, boolean exceptional, Instant requestedAt) {
        return new PendingWithdrawalView(new WithdrawalRequestId("request-1"), reason, exceptional, "我想撤销投诉",
                requestedAt);
    }

    static Instant intervenedAt(ComplaintSteps story) {
        return story.facts().intervenedAt();
    }
}
