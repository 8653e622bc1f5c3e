package org.marketplace.complaints.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.ComplaintCategory.LATE_DELIVERY;
import static org.marketplace.complaints.api.ComplaintCategory.PRICE_FRAUD;
import static org.marketplace.complaints.api.ComplaintCategory.QUALITY_PROBLEM;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintStory.FILED_AT;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.ARBITER_1;
import static org.marketplace.complaints.query.detail.Parties.ARBITER_2;
import static org.marketplace.complaints.query.detail.Parties.BUYER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.view.ArbitrationQueuePage;
import org.marketplace.complaints.api.view.QueueEntryKind;
import org.marketplace.complaints.query.detail.ComplaintSteps;

/**
 * A queue page's total is kept by the projection (QueueCounts), not counted: whatever entries come and go (taken,
 * handed on, released, ruled, reconsidered, a withdrawal approved or rejected, an event delivered again), every
 * filter's total is the number of entries that filter lists.
 */
class QueueTotalsTest {

    private static final List<ArbitratorId> ASSIGNEES = Arrays.asList(null, ARBITER_1, ARBITER_2);
    private static final List<Boolean> UNASSIGNED = Arrays.asList(null, true, false);
    private static final List<ComplaintCategory> CATEGORIES = Arrays.asList(null, QUALITY_PROBLEM, LATE_DELIVERY,
            PRICE_FRAUD);
    private static final List<QueueEntryKind> KINDS = new ArrayList<>(Arrays.asList(QueueEntryKind.values()));

    static {
        KINDS.add(null);
    }

    private final QueueFixture queue = new QueueFixture();

    @Test
    void everyFiltersTotal_isWhatItLists_asEntriesComeAndGo() {
        ComplaintSteps ruledAndReconsidered = aFiledComplaint("order-1", QUALITY_PROBLEM, FILED_AT)
                .intervened(SELLER_NO_RESPONSE);
        ComplaintSteps requestRejected = aFiledComplaint("order-2", LATE_DELIVERY, FILED_AT).sellerResponded();
        ComplaintSteps requestApprovedWhileIntervened = aFiledComplaint("order-3", PRICE_FRAUD, FILED_AT)
                .intervened(SELLER_NO_RESPONSE);
        ComplaintSteps takenAndReleased = aFiledComplaint("order-4", QUALITY_PROBLEM, FILED_AT)
                .intervened(SELLER_NO_RESPONSE);

        deliverAndCheck(ruledAndReconsidered, requestRejected, requestApprovedWhileIntervened, takenAndReleased);
        ruledAndReconsidered.assignedTo(ARBITER_1);
        requestRejected.withdrawalRequested(WithdrawalReason.MISUNDERSTANDING);
        requestApprovedWhileIntervened.assignedTo(ARBITER_2).withdrawalRequested(WithdrawalReason.MISUNDERSTANDING);
        takenAndReleased.assignedTo(ARBITER_1);
        deliverAndCheck(ruledAndReconsidered, requestRejected, requestApprovedWhileIntervened, takenAndReleased);
        ruledAndReconsidered.reassignedTo(ARBITER_2);
        requestRejected.withdrawalRejectedBy(ARBITER_1);
        takenAndReleased.released();
        deliverAndCheck(ruledAndReconsidered, requestRejected, requestApprovedWhileIntervened, takenAndReleased);
        ruledAndReconsidered.ruledBy(ARBITER_2);
        requestApprovedWhileIntervened.withdrawalApprovedBy(ARBITER_2);
        deliverAndCheck(ruledAndReconsidered, requestRejected, requestApprovedWhileIntervened, takenAndReleased);
        ruledAndReconsidered.reconsiderationRequestedBy(BUYER);
        deliverAndCheck(ruledAndReconsidered, requestRejected, requestApprovedWhileIntervened, takenAndReleased);
        ruledAndReconsidered.rulingUpheldBy(ARBITER_1);
        deliverAndCheck(ruledAndReconsidered, requestRejected, requestApprovedWhileIntervened, takenAndReleased);

        assertThat(queue.page(null, null, null, null, 0, 100).totalItems()).as("only the released case waits")
                .isEqualTo(1);
    }

    /** Delivers each complaint's events so far (those delivered before come again and change nothing). */
    private void deliverAndCheck(ComplaintSteps... complaints) {
        queue.projection.deliver(complaints);
        SoftAssertions softly = new SoftAssertions();
        for (ArbitratorId assignee : ASSIGNEES) {
            for (Boolean unassigned : UNASSIGNED) {
                if (assignee != null && Boolean.TRUE.equals(unassigned)) {
                    continue; // refused: an assignee's cases are not unassigned
                }
                for (ComplaintCategory category : CATEGORIES) {
                    for (QueueEntryKind kind : KINDS) {
                        ArbitrationQueuePage page = queue.page(assignee, unassigned, category, kind, 0, 100);
                        softly.assertThat(page.totalItems()).as("total of assignee=%s unassigned=%s category=%s kind=%s",
                                assignee, unassigned, category, kind).isEqualTo(page.items().size());
                    }
                }
            }
        }
        softly.assertAll();
    }
}
